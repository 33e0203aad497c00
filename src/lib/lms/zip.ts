/**
 * A small zip writer for LMS packages, built on the CRC-32 the share codes already use and the
 * platform's own deflate stream, so no zip library ships to the tutor's browser. It writes only
 * what packages need: files (no folders entries, no encryption, no zip64), each stored or
 * deflated, whichever is smaller.
 *
 *   [local header + name + data] ... [central directory entry] ... [end of central directory]
 *
 * Names are UTF-8 (flag bit 11) and use "/" between folders, as every LMS importer expects.
 */
import { crc32 } from '../share/crc32.ts';
import { deflateRaw } from '../share/frame.ts';

export interface ZipEntry {
  /** Path inside the zip, with "/" separators and no leading "/". */
  name: string;
  data: Uint8Array<ArrayBuffer>;
}

const STORE = 0;
const DEFLATE = 8;
const UTF8_NAMES = 1 << 11;
/** 1 January 2026, 00:00: a fixed time, so the same package always zips to the same bytes. */
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Beyond this a zip needs zip64 fields, which this writer does not write. */
const ZIP32_LIMIT = 0xffffffff;

export class ZipError extends Error {}

/** Rejects names an importer could unpack outside its folder, or could not unpack at all. */
export function checkEntryName(name: string): string | null {
  if (name === '' || name.length > 200) return 'must be 1-200 characters';
  if (name.startsWith('/') || name.includes('\\')) return 'must be a relative path with "/" separators';
  if (name.split('/').some((part) => part === '' || part === '.' || part === '..')) return 'must not have empty, "." or ".." parts';
  // Control characters break some unzippers' listings and are never needed in a package.
  if ([...name].some((character) => character.charCodeAt(0) < 0x20)) return 'must not contain control characters';
  return null;
}

interface Prepared {
  name: Uint8Array;
  method: number;
  crc: number;
  size: number;
  body: Uint8Array;
}

async function prepare(entry: ZipEntry, compress: boolean): Promise<Prepared> {
  const name = new TextEncoder().encode(entry.name);
  const crc = crc32(entry.data);
  if (compress && entry.data.byteLength > 0) {
    const deflated = await deflateRaw(entry.data);
    if (deflated.byteLength < entry.data.byteLength) return { name, method: DEFLATE, crc, size: entry.data.byteLength, body: deflated };
  }
  return { name, method: STORE, crc, size: entry.data.byteLength, body: entry.data };
}

/**
 * The zip file for these entries, in the order given. Throws ZipError for a bad or repeated name,
 * or a package too big for a zip without zip64: both are programming errors, not learner input.
 */
export async function writeZip(entries: readonly ZipEntry[], options: { compress?: boolean } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const seen = new Set<string>();
  for (const entry of entries) {
    const problem = checkEntryName(entry.name);
    if (problem) throw new ZipError(`zip entry "${entry.name}": ${problem}`);
    if (seen.has(entry.name)) throw new ZipError(`zip entry "${entry.name}" is repeated`);
    seen.add(entry.name);
  }
  const prepared: Prepared[] = [];
  for (const entry of entries) prepared.push(await prepare(entry, options.compress ?? true));

  const localSize = prepared.reduce((sum, file) => sum + 30 + file.name.byteLength + file.body.byteLength, 0);
  const centralSize = prepared.reduce((sum, file) => sum + 46 + file.name.byteLength, 0);
  const total = localSize + centralSize + 22;
  if (total > ZIP32_LIMIT || prepared.length > 0xffff) throw new ZipError('the package is too large for a zip file without zip64');

  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (value: number) => {
    view.setUint16(at, value, true);
    at += 2;
  };
  const u32 = (value: number) => {
    view.setUint32(at, value >>> 0, true);
    at += 4;
  };
  const bytes = (value: Uint8Array) => {
    out.set(value, at);
    at += value.byteLength;
  };

  // The run of fields a local header and its central directory entry both hold, in the same order
  // (version needed to extract through extra field length): written once, so the two cannot drift.
  const describeFile = (file: Prepared) => {
    u16(20); // version needed: 2.0 (deflate)
    u16(UTF8_NAMES);
    u16(file.method);
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(file.crc);
    u32(file.body.byteLength);
    u32(file.size);
    u16(file.name.byteLength);
    u16(0); // extra field length
  };

  const offsets: number[] = [];
  for (const file of prepared) {
    offsets.push(at);
    u32(0x04034b50);
    describeFile(file);
    bytes(file.name);
    bytes(file.body);
  }
  const centralStart = at;
  prepared.forEach((file, index) => {
    u32(0x02014b50);
    u16(0x0314); // made by: Unix, spec 2.0, so unzip keeps ordinary file permissions
    describeFile(file);
    u16(0); // comment
    u16(0); // disk number
    u16(0); // internal attributes
    u32((0o100644 << 16) >>> 0); // external attributes: a regular file, rw-r--r--
    u32(offsets[index] ?? 0);
    bytes(file.name);
  });
  const centralLength = at - centralStart;
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(prepared.length);
  u16(prepared.length);
  u32(centralLength);
  u32(centralStart);
  u16(0); // comment length
  return out;
}
