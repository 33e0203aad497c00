/**
 * base64url (RFC 4648 §5, no padding) over bytes. Written here rather than with btoa/Buffer so the
 * same code runs in the browser and in Node, and so a malformed input is reported, not thrown.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...ALPHABET].map((char, value) => [char, value]));

/** Every character a base64url text may hold: all of them are safe in a URL fragment. */
export const BASE64URL_PATTERN = /^[A-Za-z0-9_-]*$/;

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const remaining = bytes.length - i;
    out += ALPHABET[(triple >> 18) & 63];
    out += ALPHABET[(triple >> 12) & 63];
    if (remaining > 1) out += ALPHABET[(triple >> 6) & 63];
    if (remaining > 2) out += ALPHABET[triple & 63];
  }
  return out;
}

/** The bytes, or null when the text is not base64url (a stray character, or an impossible length). */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  // One leftover character carries only 6 bits, never a whole byte: no encoder writes that.
  if (text.length % 4 === 1 || !BASE64URL_PATTERN.test(text)) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let bitCount = 0;
  let index = 0;
  for (const char of text) {
    bits = ((bits << 6) | (VALUES.get(char) ?? 0)) & 0xffffff;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      out[index] = (bits >> bitCount) & 0xff;
      index += 1;
    }
  }
  return out;
}

/** A non-negative integer as a fixed number of base64url digits (most significant first). */
export function toBase64UrlDigits(value: number, digits: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < digits; i += 1) {
    out = (ALPHABET[rest % 64] ?? 'A') + out;
    rest = Math.floor(rest / 64);
  }
  if (rest !== 0) throw new RangeError(`${value} does not fit in ${digits} base64url digits`);
  return out;
}

/** The integer written by toBase64UrlDigits, or null if a character is not a base64url digit. */
export function fromBase64UrlDigits(text: string): number | null {
  let value = 0;
  for (const char of text) {
    const digit = VALUES.get(char);
    if (digit === undefined) return null;
    value = value * 64 + digit;
  }
  return value;
}
