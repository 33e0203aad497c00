import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzip } from './test-unzip.ts';
import { ZipError, checkEntryName, writeZip } from './zip.ts';

const text = (value: string) => new TextEncoder().encode(value);

function hasUnzip(): boolean {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('writeZip', () => {
  const entries = [
    { name: 'imsmanifest.xml', data: text('<manifest/>') },
    { name: 'index.html', data: text('<p>café</p>'.repeat(200)) },
    { name: 'empty.txt', data: new Uint8Array(0) },
    { name: 'deep/folder/naïve.js', data: text('x') },
  ];

  it('writes files a reader gets back byte for byte, deflating only where it saves space', async () => {
    const files = unzip(await writeZip(entries));
    expect(files.map((file) => file.name)).toEqual(entries.map((entry) => entry.name));
    files.forEach((file, index) => expect(new TextDecoder().decode(file.data)).toBe(new TextDecoder().decode(entries[index]?.data)));
    expect(files.find((file) => file.name === 'index.html')?.method).toBe(8);
    expect(files.find((file) => file.name === 'imsmanifest.xml')?.method).toBe(0);
  });

  it('stores everything when asked', async () => {
    expect(unzip(await writeZip(entries, { compress: false })).every((file) => file.method === 0)).toBe(true);
  });

  it('makes the same bytes for the same files', async () => {
    expect(await writeZip(entries)).toEqual(await writeZip(entries));
  });

  it('writes exactly the bytes it always has (stored, so no compressor version can change them)', async () => {
    // Pinned when the local and central headers came to share one writer: any change to the layout
    // of either header, or to the fixed date, alters this digest.
    const stored = await writeZip(entries, { compress: false });
    expect(stored.byteLength).toBe(2848);
    expect(createHash('sha256').update(stored).digest('hex')).toBe('025bfb19724edc9316f5ef901d5be91f6145316db8d6c893446a8af7924629ee');
  });

  it.skipIf(!hasUnzip())('passes Info-ZIP unzip -t', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'zip-test-'));
    writeFileSync(join(folder, 'package.zip'), await writeZip(entries));
    expect(execFileSync('unzip', ['-t', join(folder, 'package.zip')]).toString()).toMatch(/No errors detected/);
  });

  it('refuses names an importer could unpack outside its folder, and repeats', async () => {
    for (const name of ['../evil.js', '/abs.js', 'a//b', 'a\\b', '', 'a/./b', 'bell\u0007']) {
      expect(checkEntryName(name), name).not.toBeNull();
      await expect(writeZip([{ name, data: text('x') }])).rejects.toBeInstanceOf(ZipError);
    }
    await expect(writeZip([entries[0]!, entries[0]!])).rejects.toThrow(/repeated/);
  });
});
