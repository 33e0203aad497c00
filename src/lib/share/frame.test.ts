import { afterEach, describe, expect, it, vi } from 'vitest';
import { seededRandom } from '../random/seeded.ts';
import { toBase64Url } from './base64url.ts';
import {
  ASSIGNMENT_KIND,
  MAX_CODE_LENGTH,
  RESULTS_KIND,
  ShareCodeError,
  type ShareResult,
  deflateRaw,
  extractCode,
  packCode,
  sealData,
  unpackCode,
} from './frame.ts';

const sample = { t: 'Week 3', u: ['social-media-strategy'], m: 70, note: 'café ☕ <b>' };

function refusal(result: ShareResult<unknown>) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}

async function sealedBytes(bytes: Uint8Array<ArrayBuffer>) {
  return sealData(ASSIGNMENT_KIND, toBase64Url(await deflateRaw(bytes)));
}

describe('the share code envelope', () => {
  it('round-trips JSON in URL-fragment-safe characters', async () => {
    const code = await packCode(ASSIGNMENT_KIND, sample);
    expect(code).toMatch(/^A1\.[A-Za-z0-9_-]+$/);
    expect(await unpackCode(code, ASSIGNMENT_KIND)).toEqual({ ok: true, value: sample });
    expect((await packCode(RESULTS_KIND, sample)).startsWith('R1.')).toBe(true);
  });

  it('finds the code in a whole link, a fragment, or text wrapped and bracketed by a mail program', async () => {
    const code = await packCode(ASSIGNMENT_KIND, sample);
    const wrapped = `${code.slice(0, 20)}\n  ${code.slice(20)}`;
    for (const text of [`https://example.org/markpoint/assignment/#${code}`, `#${code}`, ` ${code} `, `<${code}>`, `(${code}).`, wrapped]) {
      expect(extractCode(text)).toBe(code);
      expect((await unpackCode(text, ASSIGNMENT_KIND)).ok).toBe(true);
    }
  });

  it('refuses an empty code', async () => {
    for (const text of ['', '   ', '#', 'https://example.org/a/#']) {
      expect(refusal(await unpackCode(text, ASSIGNMENT_KIND))).toMatchObject({ problem: 'empty', reason: 'The assignment link is empty: nothing was pasted.' });
    }
  });

  it('refuses an oversized code, stating the limit, before reading it', async () => {
    const result = refusal(await unpackCode(`A1.${'A'.repeat(MAX_CODE_LENGTH)}`, ASSIGNMENT_KIND));
    expect(result.problem).toBe('oversized');
    expect(result.reason).toContain('never longer than 4,000');
  });

  it('refuses text that is not a code, and the other kind of code by name', async () => {
    expect(refusal(await unpackCode('hello there', ASSIGNMENT_KIND))).toMatchObject({ problem: 'not-a-code', reason: expect.stringContaining('should start with "A1."') });
    expect(refusal(await unpackCode('X1.abc', RESULTS_KIND)).problem).toBe('not-a-code');
    const results = await packCode(RESULTS_KIND, sample);
    expect(refusal(await unpackCode(results, ASSIGNMENT_KIND))).toMatchObject({
      problem: 'wrong-kind',
      reason: 'This is a Markpoint results code, not an assignment link.',
    });
    const link = await packCode(ASSIGNMENT_KIND, sample);
    expect(refusal(await unpackCode(link, RESULTS_KIND)).reason).toBe('This is a Markpoint assignment link, not a results code.');
  });

  it('refuses an unknown version, telling the learner to reload when it is newer', async () => {
    const code = await packCode(ASSIGNMENT_KIND, sample);
    const newer = refusal(await unpackCode(`A2.${code.slice(3)}`, ASSIGNMENT_KIND));
    expect(newer.problem).toBe('version');
    expect(newer.reason).toMatch(/newer version of Markpoint \(format 2; this version reads format 1\)\. Reload/);
    const older = refusal(await unpackCode(`A0.${code.slice(3)}`, ASSIGNMENT_KIND));
    expect(older).toMatchObject({ problem: 'version', reason: expect.stringContaining('format 0, which Markpoint does not read') });
  });

  it('refuses a code cut short, saying how much is there', async () => {
    const code = await packCode(ASSIGNMENT_KIND, sample);
    const cut = refusal(await unpackCode(code.slice(0, -5), ASSIGNMENT_KIND));
    expect(cut).toMatchObject({ problem: 'truncated', reason: `This assignment link is cut short: it has ${code.length - 5} of its ${code.length} characters. Copy the whole assignment link again.` });
    for (const short of ['A', 'A1', 'A1.', code.slice(0, 8), code.slice(0, 11)]) {
      expect(refusal(await unpackCode(short, ASSIGNMENT_KIND)).problem, short).toBe('truncated');
    }
  });

  it('refuses an altered code: a changed character, extra characters, or characters no code has', async () => {
    const code = await packCode(ASSIGNMENT_KIND, sample);
    const at = code.length - 4;
    const flipped = `${code.slice(0, at)}${code[at] === 'Q' ? 'R' : 'Q'}${code.slice(at + 1)}`;
    expect(refusal(await unpackCode(flipped, ASSIGNMENT_KIND))).toMatchObject({ problem: 'altered', reason: expect.stringContaining('checksum does not match') });
    const checksumFlipped = `${code.slice(0, 4)}${code[4] === 'Q' ? 'R' : 'Q'}${code.slice(5)}`;
    expect(refusal(await unpackCode(checksumFlipped, ASSIGNMENT_KIND)).problem).toBe('altered');
    expect(refusal(await unpackCode(`${code}Zz`, ASSIGNMENT_KIND))).toMatchObject({ problem: 'altered', reason: expect.stringContaining('2 extra characters') });
    expect(refusal(await unpackCode(`${code.slice(0, 20)}*${code.slice(21)}`, ASSIGNMENT_KIND))).toMatchObject({
      problem: 'altered',
      reason: expect.stringContaining('characters a Markpoint code never has'),
    });
  });

  it('refuses a well-sealed code whose data does not unpack', async () => {
    expect(refusal(await unpackCode(sealData(ASSIGNMENT_KIND, toBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff]))), ASSIGNMENT_KIND))).toMatchObject({
      problem: 'unpack',
      reason: 'This assignment link is damaged: its contents cannot be unpacked.',
    });
    // Five base64url characters cannot be whole bytes.
    expect(refusal(await unpackCode(sealData(ASSIGNMENT_KIND, 'AAAAA'), ASSIGNMENT_KIND)).problem).toBe('unpack');
    // A deflate stream that stops part way.
    const whole = await deflateRaw(new TextEncoder().encode(JSON.stringify(sample)));
    expect(refusal(await unpackCode(sealData(ASSIGNMENT_KIND, toBase64Url(whole.slice(0, whole.length - 3))), ASSIGNMENT_KIND)).problem).toBe('unpack');
  });

  it('refuses data that would unpack to more than 64 KB (a zip bomb)', async () => {
    const bomb = await sealedBytes(new Uint8Array(200_000).fill(0x20));
    expect(bomb.length).toBeLessThan(MAX_CODE_LENGTH);
    expect(refusal(await unpackCode(bomb, ASSIGNMENT_KIND))).toMatchObject({ problem: 'oversized', reason: expect.stringContaining('more than 64 KB') });
  });

  it('refuses well-sealed data that is not JSON, or not UTF-8', async () => {
    const notJson = await sealedBytes(new TextEncoder().encode('{"t": "Week 3",'));
    expect(refusal(await unpackCode(notJson, ASSIGNMENT_KIND))).toMatchObject({ problem: 'json', reason: 'This assignment link is damaged: its contents are not valid JSON.' });
    const notUtf8 = await sealedBytes(new Uint8Array([0x22, 0xc3, 0x28, 0x22]));
    expect(refusal(await unpackCode(notUtf8, ASSIGNMENT_KIND)).problem).toBe('json');
  });

  describe('in a browser too old for deflate-raw streams', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('refuses to open or make a code, saying why, instead of throwing', async () => {
      const code = await packCode(ASSIGNMENT_KIND, sample);
      vi.stubGlobal('DecompressionStream', undefined);
      expect(refusal(await unpackCode(code, ASSIGNMENT_KIND))).toMatchObject({ problem: 'unsupported', reason: expect.stringContaining('Update the browser') });
      // Damage is still reported as damage: the checks before unpacking need no streams.
      expect(refusal(await unpackCode(code.slice(0, -2), ASSIGNMENT_KIND)).problem).toBe('truncated');
      vi.stubGlobal('CompressionStream', class {
        constructor(format: string) {
          throw new TypeError(`Unsupported compression format: '${format}'`);
        }
      });
      await expect(packCode(ASSIGNMENT_KIND, sample)).rejects.toBeInstanceOf(ShareCodeError);
    });
  });

  it('will not make a code over the limit', async () => {
    const random = seededRandom(7);
    const noise = Array.from({ length: 6000 }, () => String.fromCharCode(33 + Math.floor(random() * 90))).join('');
    const attempt = packCode(ASSIGNMENT_KIND, { noise });
    await expect(attempt).rejects.toBeInstanceOf(ShareCodeError);
    await expect(attempt).rejects.toThrow(/over the limit of 4,000/);
  });
});
