/** `npm run validate`: check every content file without building the site. */
import { formatIssues } from '../lib/content/issues.ts';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCourse } from '../lib/content/load.ts';
import { indexSources, looksEnglish, nearCopies } from '../lib/content/originality.ts';
import { formatTestWiseness, learnerTexts, measureTestWiseness, sourceMentions, testWisenessProblems } from '../lib/content/quality.ts';

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

// Close paraphrase of the English source documents (kept as test fixtures): runs of 8 content
// words in a source's order after stemming and stop-word removal.
const seedDir = join(process.cwd(), 'tests/fixtures/seeds');
const seedNames = existsSync(seedDir) ? readdirSync(seedDir).filter((name) => name.endsWith('.txt')).sort() : [];
const englishSeeds = seedNames
  .map((name) => ({ name, text: readFileSync(join(seedDir, name), 'utf8') }))
  .filter((seed) => looksEnglish(seed.text));
const sourceIndex = indexSources(englishSeeds.map((seed) => seed.text));
const closeCopies = learnerTexts(result.value).flatMap(({ where, text }) =>
  nearCopies(text, sourceIndex).map((found) => `${where}: close to ${englishSeeds[found.source]?.name}: “${found.passage}”`),
);
console.log(`\nOriginality: ${closeCopies.length} near-copied passage${closeCopies.length === 1 ? '' : 's'} (8 content words in order) against ${englishSeeds.length} English source documents`);

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
