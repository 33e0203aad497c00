import { describe, expect, it } from 'vitest';
import { webManifest } from './manifest.ts';

describe('web app manifest', () => {
  it('keeps start URL, scope and icons inside a sub-path base', () => {
    const manifest = webManifest('/markpoint');
    expect(manifest.start_url).toBe('/markpoint/');
    expect(manifest.scope).toBe('/markpoint/');
    expect(manifest.icons.every((icon) => icon.src.startsWith('/markpoint/icons/'))).toBe(true);
  });
  it('offers 192 and 512 pixel icons, including maskable ones, and standalone display', () => {
    const manifest = webManifest('/');
    const sizes = manifest.icons.map((icon) => `${icon.sizes}:${icon.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']));
    expect(manifest.display).toBe('standalone');
  });
});
