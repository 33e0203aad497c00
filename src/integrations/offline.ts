/**
 * Makes the built site installable and offline: the web app manifest, and a Workbox service worker
 * that precaches every page and asset of dist/. The icons are committed in public/icons
 * (`npm run icons` regenerates them), so a build needs no image library.
 * Runs in astro:build:done, after every page exists (@vite-pwa/astro does not support Astro 7).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildServiceWorker } from './service-worker.ts';
import { BACKGROUND_COLOUR, THEME_COLOUR, iconFiles, webManifest } from '../lib/offline/manifest.ts';

export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'markpoint:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const missing = iconFiles().filter((icon) => !existsSync(join(dist, icon.file)));
        if (missing.length) throw new Error(`icons missing from public/: ${missing.map((icon) => icon.file).join(', ')}; run npm run icons`);
        writeFileSync(join(dist, 'manifest.webmanifest'), JSON.stringify(webManifest(base), null, 2));
        const { count, size, warnings } = await buildServiceWorker(dist);
        for (const warning of warnings) logger.warn(warning);
        writeFileSync(join(dist, 'offline-manifest.json'), JSON.stringify({ count, bytes: size, builtAt: new Date().toISOString() }));
        logger.info(`service worker precaches ${count} files, ${(size / 1024).toFixed(0)} KB; theme ${THEME_COLOUR} on ${BACKGROUND_COLOUR}`);
      },
    },
  };
}
