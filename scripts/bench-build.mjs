// `npm run bench:build`: build time for the course as it is, and for a generated course 25 times
// its size (every unit copied 25 times under new ids), to show how build time grows.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const factor = Number(process.argv[2] ?? 25);
const root = process.cwd();

function timeBuild(dir) {
  const started = Date.now();
  execFileSync('npx', ['astro', 'build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return (Date.now() - started) / 1000;
}

function copyProject(units) {
  const dir = mkdtempSync(join(tmpdir(), 'markpoint-bench-'));
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, name), join(dir, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  for (const [source, id, order] of units) {
    const target = join(dir, 'content/units', id);
    cpSync(join(root, 'content/units', source), target, { recursive: true });
    const unitFile = join(target, 'unit.yaml');
    const text = readFileSync(unitFile, 'utf8')
      .replace(/^id: .*$/m, `id: ${id}`)
      .replace(/^order: .*$/m, `order: ${order}`)
      .replace(/^code: .*$/m, `code: U${String(order).padStart(4, '0')}`);
    writeFileSync(unitFile, text);
  }
  return dir;
}

const sources = readdirSync(join(root, 'content/units')).sort();
const single = copyProject(sources.map((id, i) => [id, id, i + 1]));
const large = copyProject(Array.from({ length: factor }, (_, copy) => sources.map((id, i) => [id, `${id}-${copy}`, copy * sources.length + i + 1])).flat());
try {
  const count = (dir) => readdirSync(join(dir, 'content/units')).length;
  const one = timeBuild(single);
  const many = timeBuild(large);
  const pages = (dir) => execFileSync('find', [join(dir, 'dist'), '-name', 'index.html']).toString().trim().split('\n').length;
  console.log(`Course as it is: ${count(single)} units, ${pages(single)} pages, built in ${one.toFixed(1)} s`);
  console.log(`Generated ${factor}x course: ${count(large)} units, ${pages(large)} pages, built in ${many.toFixed(1)} s`);
  console.log(`Growth: ${(many / one).toFixed(1)}x the time for ${factor}x the content (linear would be ${factor}x; fixed start-up costs make it less)`);
} finally {
  rmSync(single, { recursive: true, force: true });
  rmSync(large, { recursive: true, force: true });
}
