import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, fromBase64UrlDigits, toBase64Url, toBase64UrlDigits } from './base64url.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('base64url', () => {
  it('matches the RFC 4648 test vectors, without padding', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(toBase64Url(new TextEncoder().encode(plain))).toBe(encoded);
      expect(new TextDecoder().decode(fromBase64Url(encoded) ?? bytes())).toBe(plain);
    }
  });

  it('uses - and _ where base64 has + and /', () => {
    expect(toBase64Url(bytes(0xfb, 0xff))).toBe('-_8');
    expect(fromBase64Url('-_8')).toEqual(bytes(0xfb, 0xff));
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (input) => {
        expect(fromBase64Url(toBase64Url(input))).toEqual(input);
      }),
    );
  });

  it('refuses text that is not base64url instead of throwing', () => {
    expect(fromBase64Url('Zm9v!')).toBeNull();
    expect(fromBase64Url('Zm9v=')).toBeNull();
    expect(fromBase64Url('Zm9v+')).toBeNull();
    expect(fromBase64Url('Zm9vY')).toBeNull(); // one leftover character cannot hold a byte
  });

  it('writes fixed-width numbers and reads them back', () => {
    expect(toBase64UrlDigits(0, 2)).toBe('AA');
    expect(toBase64UrlDigits(4095, 2)).toBe('__');
    expect(fromBase64UrlDigits('__')).toBe(4095);
    expect(fromBase64UrlDigits(toBase64UrlDigits(0xffffffff, 6))).toBe(0xffffffff);
    expect(() => toBase64UrlDigits(4096, 2)).toThrow(RangeError);
    expect(fromBase64UrlDigits('A*')).toBeNull();
  });
});
