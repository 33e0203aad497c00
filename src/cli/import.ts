/**
 * `npm run import -- <file> [--id unit-id] [--title "Unit title"] [--qualification cim-l6 ...] [--force] [--dry-run]`
 * Reads a unit revision page in the seeds' structure and writes a draft unit to content/units/<id>/.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_CONTENT_FILE_BYTES, decodeContentFile, tooLarge } from '../lib/content/encoding.ts';
import { formatIssues } from '../lib/content/issues.ts';
import { parseYaml } from '../lib/content/parse.ts';
import { validateCourse } from '../lib/content/validate.ts';
import { parseSeed } from '../lib/importer/seed.ts';
import { seedToUnit } from '../lib/importer/to-unit.ts';

const usage = 'usage: npm run import -- <file> [--id unit-id] [--title "Unit title"] [--qualification cim-l6] [--force] [--dry-run]';
function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(2);
}

let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: { id: { type: 'string' }; title: { type: 'string' }; qualification: { type: 'string'; multiple: true }; force: { type: 'boolean' }; 'dry-run': { type: 'boolean' } } }>>;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { id: { type: 'string' }, title: { type: 'string' }, qualification: { type: 'string', multiple: true }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
const [file] = parsed.positionals;
if (!file) fail(usage);
let text: string;
try {
  if (statSync(file).size > MAX_CONTENT_FILE_BYTES) fail(`${file}: ${tooLarge(statSync(file).size) ?? 'is too large'}`);
  const decoded = decodeContentFile(readFileSync(file));
  if (!decoded.ok) fail(`${file}: ${decoded.error}`);
  text = decoded.value;
} catch (error) {
  fail(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
}
if (text.trim() === '') fail(`${file} is empty`);

/** Orders and codes the course already uses, read leniently: a half-written unit must not block an import. */
function existingUnits(): { orders: number[]; codes: string[] } {
  const root = join(process.cwd(), 'content/units');
  const orders: number[] = [];
  const codes: string[] = [];
  for (const name of existsSync(root) ? readdirSync(root) : []) {
    const unitFile = join(root, name, 'unit.yaml');
    if (!existsSync(unitFile)) continue;
    const parsed = parseYaml(readFileSync(unitFile, 'utf8'));
    const data = parsed.ok ? (parsed.value as { order?: unknown; code?: unknown }) : {};
    if (typeof data.order === 'number') orders.push(data.order);
    if (typeof data.code === 'string') codes.push(data.code);
  }
  return { orders, codes };
}
const existing = existingUnits();
const unit = seedToUnit(parseSeed(text), text, {
  sourceName: basename(file),
  takenOrders: existing.orders,
  takenCodes: existing.codes,
  ...(parsed.values.id ? { id: parsed.values.id } : {}),
  ...(parsed.values.title ? { title: parsed.values.title } : {}),
  ...(parsed.values.qualification ? { qualifications: parsed.values.qualification } : {}),
});
const check = validateCourse(unit.files);
if (!check.ok) fail(`the generated unit does not validate (please report this):\n${formatIssues(check.error)}`);

const folder = join(process.cwd(), 'content/units', unit.id);
if (existsSync(folder) && !parsed.values.force) fail(`content/units/${unit.id} already exists: choose another --id, or pass --force to replace it`);
if (!parsed.values['dry-run']) {
  if (existsSync(folder)) rmSync(folder, { recursive: true });
  for (const output of unit.files) {
    const target = join(process.cwd(), output.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output.text);
  }
}
console.log(`${parsed.values['dry-run'] ? 'Would write' : 'Wrote'} a draft unit to content/units/${unit.id}/:`);
for (const output of unit.files) console.log(`  ${output.path}`);
if (unit.report.length) {
  console.log(`\nCould not place ${unit.report.length} item${unit.report.length === 1 ? '' : 's'}:`);
  for (const line of unit.report) console.log(`  - ${line}`);
}
console.log('\nSentences marked "To write:" need an author. The unit is marked draft: true until it is finished.');
