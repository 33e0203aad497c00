/** The unit's misconception questions as Moodle XML, for tutors to import into a question bank. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCourse } from '../../../data/course';
import { quizProps } from '../../../data/quiz-props';
import { toMoodleXml } from '../../../lib/quiz/export-moodle-xml';

export const getStaticPaths = (async () => {
  const course = await getCourse();
  return course.units.map((unit) => ({
    params: { unit: unit.id },
    props: { title: unit.title, ...quizProps([unit], import.meta.env.BASE_URL) },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(toMoodleXml(props.title, props.questions, props.misconceptions), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
