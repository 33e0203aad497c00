import { describe, expect, it } from 'vitest';
import { err, mapResult, ok, type Result } from './result.ts';

describe('Result', () => {
  it('ok carries a value and err carries the reason', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(ok()).toEqual({ ok: true, value: undefined });
    expect(err('Type a number first.')).toEqual({ ok: false, error: 'Type a number first.' });
  });

  it('narrows on ok, so a refusal cannot be read as a value', () => {
    const read = (text: string): Result<number, string> => (text === '' ? err('empty') : ok(text.length));
    const good = read('abc');
    const bad = read('');
    expect(good.ok ? good.value : good.error).toBe(3);
    expect(bad.ok ? bad.value : bad.error).toBe('empty');
  });

  it('mapResult changes a value and passes a refusal through untouched', () => {
    const count = (words: string[]): Result<number, string[]> => (words.length > 1 ? err(words) : ok(words.length));
    const refusal = count(['a', 'b']);
    expect(mapResult(count(['a']), (value) => value * 10)).toEqual(ok(10));
    expect(mapResult(refusal, (value) => value * 10)).toBe(refusal);
  });
});
