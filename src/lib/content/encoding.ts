/**
 * Content files arrive from authors' editors, some of which save Latin-1, Windows-1252 or UTF-16.
 * Decoding those as UTF-8 either fails oddly later or quietly turns "£" into "�", so every file is
 * checked here and refused with the fix an author needs.
 */
import { type Result, err, ok } from '../result.ts';

export const MAX_CONTENT_FILE_BYTES = 1_000_000;

/** The file's text, or what is wrong with its encoding, worded to follow the file's name. */
export type Decoded = Result<string, string>;

const formatBytes = (bytes: number) => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} KB`);

export function tooLarge(bytes: number): string | null {
  return bytes > MAX_CONTENT_FILE_BYTES ? `is ${formatBytes(bytes)}: a content file may be at most ${formatBytes(MAX_CONTENT_FILE_BYTES)} (split a long lesson in two)` : null;
}

export function decodeContentFile(bytes: Uint8Array): Decoded {
  const size = tooLarge(bytes.length);
  if (size) return err(size);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return err('is saved as UTF-16: save it as UTF-8');
  }
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul !== -1) return err(`has a NUL byte at byte ${nul + 1}: it is binary or UTF-16, not UTF-8 text`);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)));
  } catch {
    const bad = firstInvalidUtf8(bytes.subarray(start)) + start;
    return err(`is not valid UTF-8 (byte ${bad + 1}): it may be saved as Latin-1 or Windows-1252; save it as UTF-8`);
  }
}

/** The offset of the first byte that breaks UTF-8, for the message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) {
      const continuation = bytes[index + next];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return index;
}
