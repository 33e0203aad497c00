/** The search index as a static file: fetched the first time search opens, precached for offline. */
import type { APIRoute } from 'astro';
import { getCourse } from '../data/course';
import { buildSearchEntries } from '../lib/search/entries';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildSearchEntries(await getCourse())), { headers: { 'Content-Type': 'application/json' } });
