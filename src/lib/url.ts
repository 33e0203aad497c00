/** Links that respect the site's base path, so the built site works from a sub-path too. */
import { splitLessonRef } from './keys.ts';

export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  const trimmedPath = path.replace(/^\/+/, '');
  return `${trimmedBase}${trimmedPath}`;
}

export const paths = {
  home: () => '',
  unit: (unit: string) => `units/${unit}/`,
  lesson: (unit: string, lesson: string) => `units/${unit}/lessons/${lesson}/`,
  lessonRef: (unit: string, ref: string) => {
    const { lesson, section } = splitLessonRef(ref);
    return `units/${unit}/lessons/${lesson}/${section ? `#${section}` : ''}`;
  },
  flashcards: (unit: string) => `units/${unit}/flashcards/`,
  quiz: (unit: string) => `units/${unit}/quiz/`,
  scenarios: (unit: string) => `units/${unit}/scenarios/`,
  scenario: (unit: string, scenario: string) => `units/${unit}/scenarios/${scenario}/`,
  review: () => 'review/',
  progress: () => 'progress/',
};
