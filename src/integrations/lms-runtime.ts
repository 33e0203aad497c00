/**
 * Builds the LMS package runner (src/components/lms/entry.tsx) into one classic script and one
 * stylesheet in dist/lms-runtime/, which the tutor page copies into every package it zips.
 * A classic script rather than Astro's module chunks: packages are played from LMS players,
 * file:// and sandboxed frames, where module scripts and cross-file imports can fail to load.
 * Runs before the offline integration, so the service worker precaches the runner and a tutor
 * can make packages offline.
 */
import type { AstroIntegration } from 'astro';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const LMS_RUNTIME_DIR = 'lms-runtime';

export function lmsRuntime(): AstroIntegration {
  let root = '';
  return {
    name: 'markpoint:lms-runtime',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = join(fileURLToPath(dir), LMS_RUNTIME_DIR);
        await build({
          configFile: false,
          root,
          logLevel: 'warn',
          publicDir: false,
          define: { 'process.env.NODE_ENV': '"production"' },
          oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
          build: {
            outDir,
            emptyOutDir: true,
            minify: true,
            sourcemap: false,
            lib: { entry: join(root, 'src/components/lms/entry.tsx'), formats: ['iife'], name: 'MarkpointLms', fileName: () => 'runner.js', cssFileName: 'runner' },
          },
        });
        const size = (file: string) => `${(statSync(join(outDir, file)).size / 1024).toFixed(0)} KB`;
        logger.info(`LMS runner built: runner.js ${size('runner.js')}, runner.css ${size('runner.css')}`);
      },
    },
  };
}
