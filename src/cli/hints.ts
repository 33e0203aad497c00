/**
 * `npm run hints -- <scenario.yaml|json> [--expansion none|<table.json>]`
 * Proposes `hints.require` concept groups for each marking point of a scenario file, with the
 * warnings an author should read before pasting them: stemming collisions, hyphenated words and
 * group counts whose partial credit may surprise. With an expansion table, it also lists the
 * words the marker accepts for each statement word when the point has no hints.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Document } from 'yaml';
import { issuesFromZod } from '../lib/content/issues.ts';
import { parseYaml } from '../lib/content/parse.ts';
import { scenarioSchema } from '../lib/content/schemas.ts';
import { type ExpansionTable, expansionIndex } from '../lib/marking/expand.ts';
import { proposeHints } from '../lib/marking/hint-assistant.ts';
import { DEFAULT_PARAMETERS, type MarkerParameters, markerParameters } from '../lib/marking/params.ts';
import { err, ok } from '../lib/result.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { positionals, values } = parseArgs({ allowPositionals: true, strict: false, options: { expansion: { type: 'string' } } });
const file = positionals[0];
if (!file) fail('hints: usage: npm run hints -- <scenario.yaml|json>');

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(`${file}: cannot be read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code ?? (error as Error).message})`);
}
const parsed = file.endsWith('.json')
  ? (() => {
      try {
        return ok(JSON.parse(text) as unknown);
      } catch (error) {
        return err(`is not valid JSON: ${(error as Error).message}`);
      }
    })()
  : parseYaml(text);
// parseYaml's reason may end by repeating its position; one line is enough.
if (!parsed.ok) fail(`${file}: ${parsed.error.replace(/ at line \d+, column \d+:?\s*$/, '')}`);
const scenario = scenarioSchema.safeParse(parsed.value);
if (!scenario.success) {
  const issues = issuesFromZod(file, scenario.error);
  const [first] = issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length === 2 ? '' : 's'}: run npm run validate)` : '';
  fail(first ? `${file}: not a scenario file: ${first.field ? `${first.field}: ` : ''}${first.message}${more}` : `${file}: not a scenario file`);
}

const expansionFile = typeof values.expansion === 'string' ? values.expansion : undefined;
function readExpansion(path: string): ExpansionTable {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ExpansionTable;
  } catch (error) {
    fail(`${path}: not a readable expansion table (${(error as Error).message})`);
  }
}
function expansionParameters(option: string | undefined): MarkerParameters {
  if (option === undefined || option === 'none') return DEFAULT_PARAMETERS;
  if (!existsSync(option)) fail(`${option}: no such expansion table`);
  return markerParameters({ expansion: expansionIndex(readExpansion(option)) });
}
const params = expansionParameters(expansionFile);
const proposals = proposeHints(scenario.data, params);
const document = new Document(
  proposals.map((proposal) => ({
    point: proposal.pointId,
    statement: proposal.statement,
    ...(proposal.modelPassage ? { 'model passage': proposal.modelPassage } : {}),
    'partial credit': proposal.partialCredit.summary,
    'model answer with these hints': proposal.modelStatusWithProposal,
    ...(proposal.leftOut.length ? { 'left out': proposal.leftOut } : {}),
    ...(proposal.alsoAccepted.length
      ? { 'wording alone, also accepted': Object.fromEntries(proposal.alsoAccepted.map((entry) => [entry.word, entry.accepted.join(', ')])) }
      : {}),
    ...(proposal.warnings.length ? { warnings: proposal.warnings } : {}),
    ...(proposal.existing
      ? { 'existing hints': { 'partial credit': proposal.existing.partialCredit.summary, ...(proposal.existing.warnings.length ? { warnings: proposal.existing.warnings } : {}) } }
      : {}),
    hints: proposal.hints,
  })),
);
// Each group's phrasings on one line, as AUTHORING.md writes them, so a group reads as one idea.
document.commentBefore = ` Proposed hints for ${file}. Paste a point's \`hints:\` block under that point after checking every phrasing.`;
const pointItems = (document.contents as { items?: { get: (key: string, keepScalar?: boolean) => unknown }[] } | null)?.items ?? [];
for (const item of pointItems) {
  const hints = item.get('hints') as { get: (key: string) => unknown } | undefined;
  const require = hints?.get('require') as { items?: { flow?: boolean }[] } | undefined;
  for (const group of require?.items ?? []) group.flow = true;
}
process.stdout.write(document.toString({ lineWidth: 0 }));
