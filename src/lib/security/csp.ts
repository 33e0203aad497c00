/**
 * The site's Content Security Policy, computed from the built pages: scripts only from the site
 * itself, plus the exact inline scripts Astro writes (island loaders), named by their hashes. A
 * page can then run no script that the build did not produce, whatever text a learner or a link
 * puts on it. Pure: the build integration reads and writes the files.
 */
import { createHash } from 'node:crypto';

/** Script types the browser executes, so CSP applies to them; JSON data blocks are not hashed. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);

/** The text of every inline, executable <script> in the page, exactly as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  const pattern = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  for (const match of html.matchAll(pattern)) {
    const tag = match[1] ?? '';
    if (attribute(tag, 'src')) continue;
    const type = attribute(tag, 'type');
    const typeValue = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
    if (!EXECUTABLE_TYPES.has(typeValue)) continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

export const scriptHash = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/**
 * The policy as a meta tag can carry it. frame-ancestors is ignored in a meta tag, so it goes only
 * into the headers file.
 */
export function metaPolicy(hashes: readonly string[]): string {
  const scriptSources = ["'self'", ...[...new Set(hashes)].sort()];
  return [`script-src ${scriptSources.join(' ')}`, "object-src 'none'", "base-uri 'self'"].join('; ');
}

export function headerPolicy(hashes: readonly string[]): string {
  return `${metaPolicy(hashes)}; frame-ancestors 'none'`;
}

/** The page with its policy as the first element of <head>, before any script can run. */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  const withoutOld = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(withoutOld);
  if (charset) return withoutOld.replace(charset[0], `${charset[0]}${meta}`);
  return withoutOld.replace(/<head>/i, `<head>${meta}`);
}

/**
 * A _headers file, read by Netlify and Cloudflare Pages: the same policy as the pages carry, plus
 * frame-ancestors (which only a header can set) and two headers every static site should send.
 */
export function headersFile(base: string, hashes: readonly string[]): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return [
    `${prefix}*`,
    `  Content-Security-Policy: ${headerPolicy(hashes)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '',
  ].join('\n');
}
