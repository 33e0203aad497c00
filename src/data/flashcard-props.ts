/** The cards a flashcard island shows, built at build time from validated content. */
import type { CourseUnit } from '../lib/content/validate';
import type { MisconceptionCardSource, TermCardSource } from '../lib/srs/deck';
import { splitLessonRef, unitKey } from '../lib/keys';
import { joinBase, paths } from '../lib/url';

const lessonTitle = (unit: CourseUnit, ref: string) => unit.lessons.find((lesson) => lesson.slug === splitLessonRef(ref).lesson)?.title ?? 'the lesson';

export function flashcardProps(units: CourseUnit[], base: string): { terms: TermCardSource[]; misconceptions: MisconceptionCardSource[] } {
  return {
    terms: units.flatMap((unit) =>
      unit.terms.map((term) => ({
        id: unitKey(unit.id, term.id),
        term: term.term,
        definition: term.definition,
        ...(term.example ? { example: term.example } : {}),
        lessonHref: joinBase(base, paths.lessonRef(unit.id, term.lesson)),
        lessonTitle: lessonTitle(unit, term.lesson),
      })),
    ),
    misconceptions: units.flatMap((unit) =>
      unit.misconceptions.map((item) => ({
        id: unitKey(unit.id, item.id),
        claim: item.claim,
        correction: item.correction,
        lessonHref: joinBase(base, paths.lessonRef(unit.id, item.lesson)),
        lessonTitle: lessonTitle(unit, item.lesson),
      })),
    ),
  };
}
