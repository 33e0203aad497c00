/**
 * The envelope shared by assignment links and results codes:
 *
 *   A1.CCCCCCLLdddd…
 *   │ │ │     │ └ data: compact JSON, deflate-raw compressed, base64url
 *   │ │ │     └── length of the data in characters (2 base64url digits)
 *   │ │ └──────── CRC-32 of everything else (6 base64url digits)
 *   │ └────────── format version
 *   └──────────── kind: A = assignment link, R = results code
 *
 * Every character is URL-fragment safe. The checksum sits at the front and the length is written
 * down, so a code cut short in a chat app is reported as cut short, and any other change as
 * altered, before anything is decompressed or parsed. Decoding never throws: every failure comes
 * back as a reason a learner or tutor can act on.
 */
import { BASE64URL_PATTERN, fromBase64Url, fromBase64UrlDigits, toBase64Url, toBase64UrlDigits } from './base64url.ts';
import { type Err, type Result, err, ok } from '../result.ts';
import { crc32 } from './crc32.ts';

/** Far above any real code (a 20-question draw is ~250), and well under what URLs and chat apps carry. */
export const MAX_CODE_LENGTH = 4000;
/** What the data may unpack to: real payloads are a few KB; this stops a "zip bomb" hanging a phone. */
export const MAX_UNPACKED_BYTES = 64 * 1024;

const CHECKSUM_DIGITS = 6;
const LENGTH_DIGITS = 2;
/** "A1.": kind letter, one-digit version, dot. */
const HEAD_LENGTH = 3;
const HEADER_PATTERN = /^([A-Z])(\d{1,3})\./;

export type ShareProblem =
  | 'empty'
  | 'oversized'
  | 'not-a-code'
  | 'wrong-kind'
  | 'version'
  | 'truncated'
  | 'altered'
  | 'unpack'
  | 'json'
  | 'invalid'
  | 'unsupported';

/** Why a code was refused: the error of a ShareResult, and what ShareCodeError carries. */
export interface ShareRefusal {
  /** Which kind of failure, for code and tests; show `reason` to people. */
  problem: ShareProblem;
  /** A sentence saying what is wrong and, where it helps, what to do. */
  reason: string;
  /** For 'invalid': the field at fault, e.g. "questions.keys[2]". */
  field?: string;
}

export type ShareResult<T> = Result<T, ShareRefusal>;

export function refuse(problem: ShareProblem, reason: string, field?: string): Err<ShareRefusal> {
  return err(field === undefined ? { problem, reason } : { problem, reason, field });
}

/** Thrown by the encoders when asked to encode something invalid: the UI should validate first. */
export class ShareCodeError extends Error {
  readonly refusal: ShareRefusal;
  constructor(refusal: ShareRefusal) {
    super(refusal.reason);
    this.name = 'ShareCodeError';
    this.refusal = refusal;
  }
}

export interface CodeKind {
  letter: 'A' | 'R';
  version: number;
  /** How the reasons name this kind of code: "assignment link", "results code". */
  noun: string;
}

export const ASSIGNMENT_KIND: CodeKind = { letter: 'A', version: 1, noun: 'assignment link' };
export const RESULTS_KIND: CodeKind = { letter: 'R', version: 1, noun: 'results code' };
const KINDS = [ASSIGNMENT_KIND, RESULTS_KIND];

/**
 * The code inside whatever was pasted: a bare code, "#code", or a whole link. Whitespace inside is
 * dropped (mail programs wrap long lines) and brackets or full stops around it are ignored, since
 * none of those characters can be part of a code.
 */
export function extractCode(text: string): string {
  const hash = text.lastIndexOf('#');
  const fragment = hash >= 0 ? text.slice(hash + 1) : text;
  return fragment
    .replace(/\s+/g, '')
    .replace(/^[(<[{'"]+/, '')
    .replace(/[.,;:!?)>\]}'"]+$/, '');
}

export async function packCode(kind: CodeKind, wire: unknown): Promise<string> {
  if (!compressionAvailable()) throw new ShareCodeError(unsupported(kind.noun).error);
  const json = new TextEncoder().encode(JSON.stringify(wire));
  const data = toBase64Url(await deflateRaw(json));
  const length = HEAD_LENGTH + CHECKSUM_DIGITS + LENGTH_DIGITS + data.length;
  if (length > MAX_CODE_LENGTH) {
    throw new ShareCodeError({
      problem: 'oversized',
      reason: `This ${kind.noun} would be ${length.toLocaleString('en-GB')} characters long, over the limit of ${MAX_CODE_LENGTH.toLocaleString('en-GB')}. Shorten the text or choose fewer items.`,
    });
  }
  return sealData(kind, data);
}

/** Adds the header (kind, version, checksum, length) to base64url data. Exported for tests. */
export function sealData(kind: CodeKind, data: string): string {
  const head = `${kind.letter}${kind.version}.`;
  const length = lengthField(data.length);
  return `${head}${checksumOf(head, length, data)}${length}${data}`;
}

/** The parsed JSON inside a code of this kind, or why there is none. */
export async function unpackCode(text: string, kind: CodeKind): Promise<ShareResult<unknown>> {
  const { noun } = kind;
  const expectedHead = `${kind.letter}${kind.version}.`;
  const code = extractCode(text);
  if (code === '') return refuse('empty', `The ${noun} is empty: nothing was pasted.`);
  if (code.length > MAX_CODE_LENGTH) {
    return refuse(
      'oversized',
      `This is ${code.length.toLocaleString('en-GB')} characters long; a Markpoint ${noun} is never longer than ${MAX_CODE_LENGTH.toLocaleString('en-GB')}, so it is not one.`,
    );
  }
  const header = HEADER_PATTERN.exec(code);
  if (!header) {
    if (expectedHead.startsWith(code)) return truncated(noun, code.length, null);
    return refuse('not-a-code', `This is not a Markpoint ${noun}: it should start with "${expectedHead}".`);
  }
  const letter = header[1] ?? '';
  const version = Number(header[2]);
  if (letter !== kind.letter) {
    const other = KINDS.find((candidate) => candidate.letter === letter);
    return other
      ? refuse('wrong-kind', `This is a Markpoint ${other.noun}, not ${article(noun)}.`)
      : refuse('not-a-code', `This is not a Markpoint ${noun}: it should start with "${expectedHead}".`);
  }
  if (version !== kind.version) {
    return refuse(
      'version',
      version > kind.version
        ? `This ${noun} was made by a newer version of Markpoint (format ${version}; this version reads format ${kind.version}). Reload the page to update Markpoint, then try again.`
        : `This ${noun} uses format ${version}, which Markpoint does not read (it reads format ${kind.version}).`,
    );
  }

  const head = header[0];
  const rest = code.slice(head.length);
  if (!BASE64URL_PATTERN.test(rest)) {
    return refuse('altered', `This ${noun} has been changed: it holds characters a Markpoint code never has. Copy it again from the original message.`);
  }
  if (rest.length < CHECKSUM_DIGITS + LENGTH_DIGITS) return truncated(noun, code.length, null);
  const checksum = rest.slice(0, CHECKSUM_DIGITS);
  const length = rest.slice(CHECKSUM_DIGITS, CHECKSUM_DIGITS + LENGTH_DIGITS);
  const data = rest.slice(CHECKSUM_DIGITS + LENGTH_DIGITS);
  const declaredLength = fromBase64UrlDigits(length) ?? 0;
  if (data.length < declaredLength) return truncated(noun, code.length, head.length + CHECKSUM_DIGITS + LENGTH_DIGITS + declaredLength);
  if (data.length > declaredLength) {
    return refuse('altered', `This ${noun} has ${data.length - declaredLength} extra character${data.length - declaredLength === 1 ? '' : 's'} at the end. Copy it again from the original message.`);
  }
  if (checksum !== checksumOf(head, length, data)) {
    return refuse('altered', `This ${noun} has been changed since it was made (its checksum does not match), so it cannot be trusted. Copy it again from the original message.`);
  }

  if (!compressionAvailable()) return unsupported(noun);
  // Past the checksum, a failure means the code was made wrongly, not damaged on the way.
  const packed = fromBase64Url(data);
  const unpacked = packed ? await inflateRaw(packed, MAX_UNPACKED_BYTES) : 'corrupt';
  if (unpacked === 'too-large') {
    return refuse('oversized', `This ${noun} unpacks to more than ${MAX_UNPACKED_BYTES / 1024} KB, far more than Markpoint ever writes, so it is not one.`);
  }
  if (unpacked === 'corrupt') return refuse('unpack', `This ${noun} is damaged: its contents cannot be unpacked.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(unpacked));
  } catch {
    return refuse('json', `This ${noun} is damaged: its contents are not valid JSON.`);
  }
  return ok(parsed);
}

function truncated(noun: string, have: number, need: number | null): Err<ShareRefusal> {
  return refuse(
    'truncated',
    need === null
      ? `This ${noun} is cut short (only ${have} character${have === 1 ? '' : 's'}). Copy the whole ${noun} again.`
      : `This ${noun} is cut short: it has ${have} of its ${need} characters. Copy the whole ${noun} again.`,
  );
}

function unsupported(noun: string): Err<ShareRefusal> {
  return refuse('unsupported', `This browser cannot open or make ${noun}s: it is too old to unpack them. Update the browser (or open the ${noun} on another device), then try again.`);
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function lengthField(dataLength: number): string {
  return toBase64UrlDigits(dataLength, LENGTH_DIGITS);
}

function checksumOf(head: string, length: string, data: string): string {
  return toBase64UrlDigits(crc32(new TextEncoder().encode(`${head}${length}${data}`)), CHECKSUM_DIGITS);
}

// ---------------------------------------------------------------------------------------------
// Compression with the platform's own streams, so no library ships. 'deflate-raw' needs Chrome
// 103, Firefox 113, Safari 16.4 or Node 21.2; older browsers get a reason, not an exception.

let compressionSupport: { compress: unknown; decompress: unknown; available: boolean } | null = null;

function compressionAvailable(): boolean {
  // Asked once per pair of stream classes: building two streams per code was a third of the time
  // reading 5,000 codes took.
  const compress: unknown = globalThis.CompressionStream;
  const decompress: unknown = globalThis.DecompressionStream;
  const known = compressionSupport;
  if (known && known.compress === compress && known.decompress === decompress) return known.available;
  const probed = { compress, decompress, available: probeCompression() };
  compressionSupport = probed;
  return probed.available;
}

function probeCompression(): boolean {
  // Chrome 80-102 has the streams but not the 'deflate-raw' format: only constructing one tells.
  try {
    new CompressionStream('deflate-raw');
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** Exported for tests, which need well-sealed codes with bad contents. */
export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const result = await pump(() => new CompressionStream('deflate-raw'), bytes, Number.POSITIVE_INFINITY);
  if (result === 'corrupt' || result === 'too-large') throw new Error('compression failed');
  return result;
}

function inflateRaw(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | 'corrupt' | 'too-large'> {
  return pump(() => new DecompressionStream('deflate-raw'), bytes, maxBytes);
}

const ignore = () => undefined;

async function pump(
  makeStream: () => CompressionStream | DecompressionStream,
  input: Uint8Array<ArrayBuffer>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | 'corrupt' | 'too-large'> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const stream = makeStream();
    const writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    // The writer's promises reject along with the reader on bad data; that failure is reported
    // through the reader below, so these are caught here only to keep them from going unhandled.
    writer.write(input).catch(ignore);
    writer.close().catch(ignore);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(ignore);
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    return 'corrupt';
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
