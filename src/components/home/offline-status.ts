/** The home page's answer to "will this work on the train?": what is saved for offline use. */
const PRECACHE_PREFIX = 'workbox-precache';

async function precachedCount(): Promise<number> {
  const names = (await caches.keys()).filter((name) => name.startsWith(PRECACHE_PREFIX));
  let count = 0;
  for (const name of names) count += (await (await caches.open(name)).keys()).length;
  return count;
}

async function expectedCount(base: string): Promise<number | null> {
  // Offline, the manifest (deliberately not precached: it describes the precache) cannot load, and
  // a failed fetch would be logged on every offline visit. What is saved is then all there is.
  if (!navigator.onLine) return null;
  try {
    const response = await fetch(`${base}offline-manifest.json`, { cache: 'no-store' });
    if (!response.ok) return null;
    const data: unknown = await response.json();
    const count = (data as { count?: unknown }).count;
    return typeof count === 'number' ? count : null;
  } catch {
    return null;
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

export async function showOfflineStatus(element: HTMLElement, base: string): Promise<void> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    element.textContent = 'This browser cannot keep the course for offline use.';
    return;
  }
  element.textContent = 'Saving the course for offline use…';
  await navigator.serviceWorker.ready;
  const update = async () => {
    const [have, expected, estimate] = await Promise.all([
      precachedCount(),
      expectedCount(base),
      navigator.storage?.estimate?.().catch(() => undefined) ?? Promise.resolve(undefined),
    ]);
    const size = estimate?.usage ? ` (${megabytes(estimate.usage)} stored)` : '';
    if (expected === null || have >= expected) {
      element.textContent = `Ready offline: the whole course, ${have} files, is saved on this device${size}.`;
      element.dataset['state'] = 'ready';
      return true;
    }
    element.textContent = `Saving the course for offline use: ${have} of ${expected} files${size}.`;
    return false;
  };
  if (!(await update())) {
    const timer = window.setInterval(async () => {
      if (await update()) window.clearInterval(timer);
    }, 1000);
  }
}
