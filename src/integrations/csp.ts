/**
 * Adds the Content Security Policy to every built page (a meta tag) and writes dist/_headers for
 * hosts that read it. Runs in astro:build:done before the offline integration, so the service
 * worker precaches the pages as served.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, inlineScripts, metaPolicy, scriptHash, withPolicyMeta } from '../lib/security/csp.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

export function contentSecurityPolicy(): AstroIntegration {
  let base = '/';
  return {
    name: 'markpoint:csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const allHashes = new Set<string>();
        const files = htmlFiles(dist);
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          const hashes = inlineScripts(html).map(scriptHash);
          for (const hash of hashes) allHashes.add(hash);
          writeFileSync(file, withPolicyMeta(html, metaPolicy(hashes)));
        }
        writeFileSync(join(dist, '_headers'), headersFile(base, [...allHashes]));
        logger.info(`content security policy on ${files.length} pages, ${allHashes.size} inline script hash${allHashes.size === 1 ? '' : 'es'}`);
      },
    },
  };
}
