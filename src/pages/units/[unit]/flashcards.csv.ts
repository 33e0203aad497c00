/** The unit's key terms as CSV with a header row, for spreadsheets and other apps. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourse } from '../../../data/course';
import { deckToCsv } from '../../../lib/srs/export';

export const getStaticPaths = (async () => {
  const course = await getCourse();
  return course.units.map((unit) => ({ params: { unit: unit.id }, props: { terms: unit.terms } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(deckToCsv((props as { terms: { term: string; definition: string }[] }).terms), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
