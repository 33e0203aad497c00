/** What a quiz island needs, built at build time from validated content. */
import type { CourseUnit } from '../lib/content/validate';
import { type MisconceptionInfo, type QuizQuestion, qualify, toQuizQuestion } from '../lib/quiz/grade';
import { splitLessonRef } from '../lib/keys';
import { joinBase, paths } from '../lib/url';

export function quizProps(units: CourseUnit[], base: string): { questions: QuizQuestion[]; misconceptions: Record<string, MisconceptionInfo> } {
  const questions: QuizQuestion[] = [];
  const misconceptions: Record<string, MisconceptionInfo> = {};
  for (const unit of units) {
    for (const item of unit.misconceptions) {
      const lesson = unit.lessons.find((candidate) => candidate.slug === splitLessonRef(item.lesson).lesson);
      misconceptions[qualify(unit.id, item.id)] = {
        claim: item.claim,
        correction: item.correction,
        why: item.why,
        lessonHref: joinBase(base, paths.lessonRef(unit.id, item.lesson)),
        lessonTitle: lesson?.title ?? 'the lesson',
      };
      for (const question of item.questions) questions.push(toQuizQuestion(unit.id, item, question));
    }
  }
  return { questions, misconceptions };
}
