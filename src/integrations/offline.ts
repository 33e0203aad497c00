/**
 * Makes the built site installable and offline: icons generated from one source image, the web
 * app manifest, and a Workbox service worker that precaches every page and asset of dist/.
 * Runs in astro:build:done, after every page exists (@vite-pwa/astro does not support Astro 7).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import sharp from 'sharp';
import { buildServiceWorker } from './service-worker.ts';
import { BACKGROUND_COLOUR, THEME_COLOUR, iconFiles, webManifest } from '../lib/offline/manifest.ts';

const SOURCE_ICON = 'src/assets/icon.svg';

async function writeIcons(root: string, dist: string): Promise<void> {
  const source = readFileSync(join(root, SOURCE_ICON));
  mkdirSync(join(dist, 'icons'), { recursive: true });
  for (const icon of iconFiles()) {
    // A maskable icon keeps its artwork inside the central 80% safe zone, on a full-bleed background.
    const artwork = icon.maskable ? Math.round(icon.size * 0.7) : icon.size;
    const image = await sharp(source).resize(artwork, artwork).png().toBuffer();
    const padding = Math.floor((icon.size - artwork) / 2);
    await sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: icon.maskable ? THEME_COLOUR : { r: 0, g: 0, b: 0, alpha: 0 } } })
      .composite([{ input: image, top: padding, left: padding }])
      .png()
      .toFile(join(dist, icon.file));
  }
}

export function offline(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'markpoint:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        await writeIcons(root, dist);
        writeFileSync(join(dist, 'manifest.webmanifest'), JSON.stringify(webManifest(base), null, 2));
        const { count, size, warnings } = await buildServiceWorker(dist);
        for (const warning of warnings) logger.warn(warning);
        writeFileSync(join(dist, 'offline-manifest.json'), JSON.stringify({ count, bytes: size, builtAt: new Date().toISOString() }));
        logger.info(`service worker precaches ${count} files, ${(size / 1024).toFixed(0)} KB; theme ${THEME_COLOUR} on ${BACKGROUND_COLOUR}`);
      },
    },
  };
}
