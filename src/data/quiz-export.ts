/**
 * The unit question-bank downloads (Moodle GIFT, Moodle XML) are one route in two formats: the
 * same pages, built from the same quiz props, differing only in how the questions are written out.
 */
import type { APIRoute } from 'astro';
import type { MisconceptionClaims } from '../lib/quiz/export-shared';
import type { QuizQuestion } from '../lib/quiz/grade';
import { getCourse } from './course';
import { quizProps } from './quiz-props';

type QuizExportProps = { title: string } & ReturnType<typeof quizProps>;

/** One file per unit. */
export async function unitQuizExportPaths(): Promise<{ params: { unit: string }; props: QuizExportProps }[]> {
  const course = await getCourse();
  return course.units.map((unit) => ({
    params: { unit: unit.id },
    props: { title: unit.title, ...quizProps([unit], import.meta.env.BASE_URL) },
  }));
}

export function quizExportRoute(
  write: (unitTitle: string, questions: QuizQuestion[], misconceptions: MisconceptionClaims) => string,
  contentType: string,
): APIRoute<QuizExportProps> {
  return ({ props }) => new Response(write(props.title, props.questions, props.misconceptions), { headers: { 'Content-Type': contentType } });
}
