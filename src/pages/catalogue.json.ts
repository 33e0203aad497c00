import type { APIRoute } from 'astro';
import { buildCatalogue } from '../data/catalogue';
import { getCourse } from '../data/course';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildCatalogue(await getCourse(), import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'application/json' } });
