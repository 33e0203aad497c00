/**
 * `npm run validate [-- --sources <dir>]`: check every content file without building the site.
 * --sources names the folder of source documents (.txt) the originality check compares against;
 * without it, tests/fixtures/seeds is used when it is there, and the check is skipped, saying so,
 * when it is not.
 */
import { parseArgs } from 'node:util';
import { formatIssues } from '../lib/content/issues.ts';
import { loadCourse } from '../lib/content/load.ts';
import { indexSources, nearCopies } from '../lib/content/originality.ts';
import { formatTestWiseness, learnerTexts, measureTestWiseness, sourceMentions, testWisenessProblems } from '../lib/content/quality.ts';
import { chooseSourceFolder, isFolder, readSourceDocuments } from '../lib/content/sources.ts';

const usage = 'usage: npm run validate [-- --sources <folder of source documents>]';
let sourcesOption: string | undefined;
try {
  sourcesOption = parseArgs({ options: { sources: { type: 'string' } } }).values.sources;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const sourceFolder = chooseSourceFolder(sourcesOption, isFolder);
if (!sourceFolder.ok) {
  console.error(`${sourceFolder.error}\n${usage}`);
  process.exit(2);
}

const result = loadCourse(process.cwd());
if (!result.ok) {
  console.error(formatIssues(result.error));
  process.exit(1);
}
for (const unit of result.value.units) {
  const questions = unit.misconceptions.reduce((sum, item) => sum + item.questions.length, 0);
  console.log(
    `${unit.id}: ${unit.lessons.length} lessons, ${unit.terms.length} terms, ${unit.misconceptions.length} misconceptions, ${questions} questions, ${unit.scenarios.length} scenarios`,
  );
}

// Course-wide quality: learner text says nothing of how the course was made, and quiz items
// cannot be answered from their form alone.
const figures = measureTestWiseness(result.value);
console.log('\nTest-wiseness (quiz items answerable by form):');
for (const line of formatTestWiseness(figures)) console.log(`  ${line}`);

// Close paraphrase of the English source documents: runs of 8 content words in a source's order
// after stemming and stop-word removal.
let closeCopies: string[] = [];
if (sourceFolder.value.compare) {
  const { dir } = sourceFolder.value;
  const sources = readSourceDocuments(dir);
  const sourceIndex = indexSources(sources.map((source) => source.text));
  closeCopies = learnerTexts(result.value).flatMap(({ where, text }) =>
    nearCopies(text, sourceIndex).map((found) => `${where}: close to ${sources[found.source]?.name}: “${found.passage}”`),
  );
  const documents = `${sources.length} English source document${sources.length === 1 ? '' : 's'}`;
  console.log(`\nOriginality: ${closeCopies.length} near-copied passage${closeCopies.length === 1 ? '' : 's'} (8 content words in order) against ${documents} in ${dir}`);
} else {
  console.log(`\nOriginality: not checked: ${sourceFolder.value.why}. Pass --sources <dir> to compare against the source documents.`);
}

const problems = [
  ...closeCopies.map((copy) => `learner text follows a source document too closely: ${copy}`),
  ...sourceMentions(learnerTexts(result.value)).map((mention) => `learner text names a source document: ${mention}`),
  ...testWisenessProblems(figures),
];
if (problems.length > 0) {
  console.error(`\n${problems.length} course problem${problems.length === 1 ? '' : 's'}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log('Content is valid.');
