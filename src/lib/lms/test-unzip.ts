/**
 * Reads a zip the way an LMS importer does, from its central directory, for the tests only
 * (node:zlib inflates). Independent of zip.ts, so a writer bug cannot hide behind a matching reader.
 */
import { inflateRawSync } from 'node:zlib';
import { crc32 } from '../share/crc32.ts';

export interface UnzippedFile {
  name: string;
  method: number;
  data: Uint8Array;
}

export function unzip(bytes: Uint8Array): UnzippedFile[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files: UnzippedFile[] = [];
  for (let index = 0; index < count; index += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`bad central entry ${index}`);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (view.getUint32(localOffset, true) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const raw = bytes.subarray(dataStart, dataStart + compressedSize);
    const data = method === 8 ? new Uint8Array(inflateRawSync(raw)) : method === 0 ? raw : null;
    if (!data) throw new Error(`unknown method ${method} for ${name}`);
    if (data.byteLength !== size) throw new Error(`size mismatch for ${name}`);
    if (crc32(data) !== crc) throw new Error(`CRC mismatch for ${name}`);
    files.push({ name, method, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
