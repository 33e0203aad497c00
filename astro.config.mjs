// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { chunkGraph } from './src/integrations/chunk-graph.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentSecurityPolicy } from './src/integrations/csp.ts';
import { lmsRuntime } from './src/integrations/lms-runtime.ts';
import { offline } from './src/integrations/offline.ts';

/**
 * MARKPOINT_BASE serves the site from a sub-path (e.g. /markpoint/ on a shared host);
 * MARKPOINT_SITE is the public origin, used for canonical links and the manifest.
 */
const base = process.env.MARKPOINT_BASE ?? '/';

export default defineConfig({
  // No default: with no public origin known, pages carry no canonical link rather than a localhost one.
  ...(process.env.MARKPOINT_SITE ? { site: process.env.MARKPOINT_SITE } : {}),
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // lmsRuntime before offline, so the service worker precaches the LMS package runner.
  integrations: [contentCheck(), mdx(), preact(), contentSecurityPolicy(), lmsRuntime(), offline()],
  server: { port: 4321, host: '127.0.0.1' },
  vite: { plugins: [chunkGraph()] },
});
