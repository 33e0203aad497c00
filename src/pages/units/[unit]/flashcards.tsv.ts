/** The unit's key terms as tab-separated text: imports into Anki and Quizlet as it is. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourse } from '../../../data/course';
import { deckToTsv } from '../../../lib/srs/export';

export const getStaticPaths = (async () => {
  const course = await getCourse();
  return course.units.map((unit) => ({ params: { unit: unit.id }, props: { terms: unit.terms } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(deckToTsv((props as { terms: { term: string; definition: string }[] }).terms), {
    headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' },
  });
