/** The Workbox service worker for a built site; shared by the build and the update test. */
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

export function buildServiceWorker(dist: string) {
  return generateSW({
    globDirectory: dist,
    // Every page and asset we build: the whole course is small enough to keep on the phone. The
    // learner's own deck downloads (TSV/CSV for Anki and Quizlet) are kept too, so "Download" works
    // on the train. Tutors' Moodle files (GIFT/XML) are fetched online when asked for, and their links
    // say so: keeping them on every learner's phone would cost offline budget for files learners never open.
    globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,json,tsv,csv}'],
    globIgnores: ['sw.js', 'workbox-*.js', 'offline-manifest.json'],
    swDest: join(dist, 'sw.js'),
    // Pages are served as /units/x/ from units/x/index.html.
    directoryIndex: 'index.html',
    // Every page is static and its query (quiz/?start=1 from Today, ?qualification= in a shared link,
    // the quiz setup sent as ?length=5&mode=all when tapped before the page is interactive) is read by
    // the page's own script. Workbox ignores only utm_ and fbclid by default, so offline such links
    // missed the precache and showed "You are offline" although the page was saved.
    ignoreURLParametersMatching: [/.*/],
    // Hashed Astro assets never change under the same name, so they need no revision query.
    dontCacheBustURLsMatching: /_astro\//,
    cleanupOutdatedCaches: true,
    // Never take over mid-answer: the page asks, and the learner chooses when to reload.
    skipWaiting: false,
    clientsClaim: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    // Precached responses win (the precache route is registered first). Only a page we did not
    // build reaches this route: online it goes to the network, offline it gets the offline page.
    runtimeCaching: [
      // The home page asks how many files the precache should hold. The answer lives outside the
      // precache (it describes it), so keep the last answer: offline, that copy is served instead of
      // a failed fetch logged on every visit.
      {
        urlPattern: ({ url }) => url.pathname.endsWith('/offline-manifest.json'),
        handler: 'NetworkFirst',
        options: { cacheName: 'markpoint-offline-manifest', networkTimeoutSeconds: 4 },
      },
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: 'offline/index.html' } },
      },
    ],
  });
}
