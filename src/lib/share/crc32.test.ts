import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.ts';

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('changes when any one character changes', () => {
    const text = 'A1.hello-world_and_more';
    const base = crc32(new TextEncoder().encode(text));
    for (let i = 0; i < text.length; i += 1) {
      const changed = `${text.slice(0, i)}${text[i] === 'x' ? 'y' : 'x'}${text.slice(i + 1)}`;
      expect(crc32(new TextEncoder().encode(changed))).not.toBe(base);
    }
  });
});
