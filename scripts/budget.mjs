// `npm run budget`: what each built page makes the browser download, gzip, against the budgets.
//   JavaScript a page loads (scripts, islands, their renderer and every static import):
//     reading pages (lessons, lists)             <= 10 KB
//     overview pages (home's Today, unit pages)  <= 35 KB: one island that shows live progress
//     interactive pages                          <= 48 KB (40 KB until the tutor workspace, resumable
//                                                   assignment runs and numeric items landed)
//   Critical HTML + inlined CSS of a lesson page <= 14 KB (one round trip for the first paint).
// JavaScript loaded only on demand (the search dialog) is reported separately, not counted.
// Exits non-zero naming each page over budget and its biggest modules. Prints a summary per kind.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const base = process.env.MARKPOINT_BASE ?? '/';
const KB = 1024;
const BUDGETS = { reading: 10 * KB, overview: 35 * KB, interactive: 48 * KB, criticalLesson: 14 * KB };

const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;
const sizeCache = new Map();
function assetFile(url) {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  return join(dist, path);
}

// The browser bundle's import graph as Rollup built it (written by src/integrations/chunk-graph.ts).
const graphFile = process.env.MARKPOINT_CHUNK_GRAPH ?? '.astro/chunk-graph.json';
if (!existsSync(graphFile)) {
  console.error(`${graphFile} is missing: run the build first (npm run build writes it).`);
  process.exit(1);
}
const graph = JSON.parse(readFileSync(graphFile, 'utf8'));

/** The chunk and all its static imports, recursively (dynamic import() is on demand: not counted). */
function closure(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const chunk = graph[relative(dist, file).split(sep).join('/')];
  for (const target of chunk?.imports ?? []) closure(join(dist, target), seen);
  return seen;
}

function pageScripts(html) {
  const urls = new Set();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) urls.add(match[1]);
  for (const match of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) urls.add(match[1]);
  const files = new Set();
  for (const url of urls) for (const file of closure(assetFile(url))) files.add(file);
  // Inline scripts (Astro's island loader) count too.
  let inline = 0;
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) inline += gzipSize(Buffer.from(match[1]));
  return { files, inline };
}

function pages() {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) found.push(full);
    }
  };
  walk(dist);
  return found.sort();
}

function kindOf(path) {
  if (/\/(flashcards|quiz|review|progress|tutor|results|assignment)\/index\.html$/.test(path) || /\/scenarios\/[^/]+\/index\.html$/.test(path)) return 'interactive';
  const page = relative(dist, path).split(sep).join('/');
  if (page === 'index.html' || /^units\/[^/]+\/index\.html$/.test(page)) return 'overview';
  return 'reading';
}

const rows = [];
const failures = [];
for (const file of pages()) {
  const page = `/${relative(dist, file).split(sep).join('/').replace(/index\.html$/, '')}`;
  const html = readFileSync(file);
  const { files, inline } = pageScripts(html.toString('utf8'));
  const modules = [...files].map((module) => {
    if (!sizeCache.has(module)) sizeCache.set(module, gzipSize(readFileSync(module)));
    return { name: relative(dist, module), size: sizeCache.get(module) };
  });
  const js = modules.reduce((sum, module) => sum + module.size, 0) + inline;
  const kind = kindOf(file);
  const critical = gzipSize(html);
  rows.push({ page, kind, js, critical });
  if (js > BUDGETS[kind]) {
    const biggest = modules.sort((a, b) => b.size - a.size).slice(0, 4).map((m) => `${m.name} ${(m.size / KB).toFixed(1)} KB`);
    failures.push(`${page} (${kind}) loads ${(js / KB).toFixed(1)} KB of JavaScript, over its ${BUDGETS[kind] / KB} KB budget. Biggest: ${biggest.join(', ')}`);
  }
  if (page.includes('/lessons/') && critical > BUDGETS.criticalLesson) {
    failures.push(`${page}: HTML with inlined CSS is ${(critical / KB).toFixed(1)} KB gzip, over the ${BUDGETS.criticalLesson / KB} KB first-round-trip budget`);
  }
}

const onDemand = readdirSync(join(dist, '_astro')).filter((name) => name.startsWith('search-dialog'));
const summarise = (list, key) => (list.length ? `max ${(Math.max(...list.map((r) => r[key])) / KB).toFixed(1)} KB, median ${(list.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)] / KB).toFixed(1)} KB` : 'none');
console.log(`Pages: ${rows.length}`);
for (const kind of ['reading', 'overview', 'interactive']) {
  const list = rows.filter((row) => row.kind === kind);
  console.log(`JavaScript per ${kind} page (gzip): ${summarise(list, 'js')} over ${list.length} pages (budget ${BUDGETS[kind] / KB} KB)`);
}
const kinds = [
  ['home', (r) => r.page === '/'],
  ['unit', (r) => /^\/units\/[^/]+\/$/.test(r.page)],
  ['lesson', (r) => r.page.includes('/lessons/')],
  ['flashcards', (r) => r.page.endsWith('/flashcards/')],
  ['quiz', (r) => r.page.endsWith('/quiz/')],
  ['scenario', (r) => /\/scenarios\/[^/]+\/$/.test(r.page)],
  ['review', (r) => r.page === '/review/'],
  ['progress', (r) => r.page === '/progress/'],
];
for (const [label, test] of kinds) {
  const list = rows.filter(test);
  if (list.length) console.log(`  ${label.padEnd(10)} JS ${summarise(list, 'js')}; HTML+CSS ${summarise(list, 'critical')}`);
}
for (const name of onDemand) console.log(`On demand (search dialog, loaded when opened): ${(gzipSize(readFileSync(join(dist, '_astro', name))) / KB).toFixed(1)} KB + index ${(gzipSize(readFileSync(join(dist, 'search-index.json'))) / KB).toFixed(1)} KB`);
const sw = join(dist, 'sw.js');
if (existsSync(sw)) console.log(`Service worker file (fetched by the browser, not the page): ${(gzipSize(readFileSync(sw)) / KB).toFixed(1)} KB gzip`);
if (failures.length) {
  console.error(`\n${failures.length} page${failures.length === 1 ? '' : 's'} over budget:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('All pages within budget.');
