/** `npm run validate`: check every content file without building the site. */
import { formatIssues } from '../lib/content/issues.ts';
import { loadCourse } from '../lib/content/load.ts';
import { formatTestWiseness, learnerTexts, measureTestWiseness, sourceMentions, testWisenessProblems } from '../lib/content/quality.ts';

const result = loadCourse(process.cwd());
if (!result.ok) {
  console.error(formatIssues(result.issues));
  process.exit(1);
}
for (const unit of result.course.units) {
  const questions = unit.misconceptions.reduce((sum, item) => sum + item.questions.length, 0);
  console.log(
    `${unit.id}: ${unit.lessons.length} lessons, ${unit.terms.length} terms, ${unit.misconceptions.length} misconceptions, ${questions} questions, ${unit.scenarios.length} scenarios`,
  );
}

// Course-wide quality: learner text says nothing of how the course was made, and quiz items
// cannot be answered from their form alone.
const figures = measureTestWiseness(result.course);
console.log('\nTest-wiseness (quiz items answerable by form):');
for (const line of formatTestWiseness(figures)) console.log(`  ${line}`);
const problems = [
  ...sourceMentions(learnerTexts(result.course)).map((mention) => `learner text names a source document: ${mention}`),
  ...testWisenessProblems(figures),
];
if (problems.length > 0) {
  console.error(`\n${problems.length} course problem${problems.length === 1 ? '' : 's'}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log('Content is valid.');
