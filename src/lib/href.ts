/**
 * A path within the site, under the base it is served from. For Astro pages and islands (Vite
 * fills in BASE_URL); pure code takes the base as an argument and calls joinBase itself.
 */
import { joinBase } from './url';

export const href = (path: string): string => joinBase(import.meta.env.BASE_URL, path);
