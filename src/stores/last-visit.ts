/**
 * Where the learner last was, for "continue where you left off". Kept apart from the progress
 * record so a reading page can note a visit without loading the progress store.
 */
const KEY = 'markpoint:last-visit';

export interface LastVisit {
  href: string;
  title: string;
  at: string;
}

export function readLastVisit(base: string): LastVisit | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (!parsed || typeof parsed !== 'object') return null;
    const { href, title, at } = parsed as Record<string, unknown>;
    // Only ever a path inside this site: a stored value must not become a link elsewhere.
    if (typeof href !== 'string' || !href.startsWith(base) || href.startsWith('//')) return null;
    if (typeof title !== 'string' || typeof at !== 'string') return null;
    return { href, title: title.slice(0, 200), at };
  } catch {
    return null;
  }
}

export function writeLastVisit(title: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ href: location.pathname, title, at: new Date().toISOString() }));
  } catch {
    // Storage refused (private mode, quota): the page still works, it just won't be offered later.
  }
}
