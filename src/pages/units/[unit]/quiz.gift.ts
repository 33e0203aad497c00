/** The unit's misconception questions as Moodle GIFT, for tutors to import into a question bank. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCourse } from '../../../data/course';
import { quizProps } from '../../../data/quiz-props';
import { toGift } from '../../../lib/quiz/export-gift';

export const getStaticPaths = (async () => {
  const course = await getCourse();
  return course.units.map((unit) => ({
    params: { unit: unit.id },
    props: { title: unit.title, ...quizProps([unit], import.meta.env.BASE_URL) },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(toGift(props.title, props.questions, props.misconceptions), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
