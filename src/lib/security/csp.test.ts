import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersFile, inlineScripts, metaPolicy, scriptHash, withPolicyMeta } from './csp.ts';

const page = `<!doctype html><html><head><meta charset="utf-8" /><title>x</title>
<script type="module" src="/_astro/a.js"></script>
<script>(()=>{var a=1})();</script>
<script type="application/ld+json">{"a":1}</script>
<script type=module>import('/x.js')</script>
</head><body></body></html>`;

describe('content security policy', () => {
  it('hashes inline executable scripts only, not external scripts or JSON data', () => {
    expect(inlineScripts(page)).toEqual(['(()=>{var a=1})();', "import('/x.js')"]);
  });
  it('hashes as the browser does: SHA-256 of the exact text, base64', () => {
    const expected = createHash('sha256').update('alert(1)').digest('base64');
    expect(scriptHash('alert(1)')).toBe(`'sha256-${expected}'`);
  });
  it('allows only the site itself and the listed hashes, and no plugins or base rewrites', () => {
    expect(metaPolicy(["'sha256-b'", "'sha256-a'", "'sha256-a'"])).toBe("script-src 'self' 'sha256-a' 'sha256-b'; object-src 'none'; base-uri 'self'");
  });
  it('puts the policy straight after the charset, before any script', () => {
    const out = withPolicyMeta(page, "script-src 'self'");
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
    expect(out.indexOf('<meta charset')).toBeLessThan(out.indexOf('Content-Security-Policy'));
    expect(withPolicyMeta(out, "script-src 'none'").match(/Content-Security-Policy/g)).toHaveLength(1);
  });
  it('writes headers for the whole base, with frame-ancestors that a meta tag cannot carry', () => {
    const file = headersFile('/markpoint', ["'sha256-a'"]);
    expect(file.split('\n')[0]).toBe('/markpoint/*');
    expect(file).toContain("frame-ancestors 'none'");
    expect(file).toContain("script-src 'self' 'sha256-a'");
  });
});
