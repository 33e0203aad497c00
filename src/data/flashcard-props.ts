/** The cards a flashcard island shows, built at build time from validated content. */
import type { FlashcardData } from '../components/flashcards/Flashcards';
import type { CourseUnit } from '../lib/content/validate';
import { joinBase, paths } from '../lib/url';

export function flashcardProps(units: CourseUnit[], base: string): FlashcardData[] {
  return units.flatMap((unit) =>
    unit.terms.map((term) => ({
      id: `${unit.id}/${term.id}`,
      term: term.term,
      definition: term.definition,
      ...(term.example ? { example: term.example } : {}),
      lessonHref: joinBase(base, paths.lessonRef(unit.id, term.lesson)),
      lessonTitle: unit.lessons.find((lesson) => lesson.slug === term.lesson.split('#')[0])?.title ?? 'the lesson',
    })),
  );
}
