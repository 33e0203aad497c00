/** `npm run validate`: check every content file without building the site. */
import { formatIssues } from '../lib/content/issues.ts';
import { loadCourse } from '../lib/content/load.ts';

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
console.log('Content is valid.');
