/**
 * The progress store: the only code that touches the progress record in localStorage.
 * Reads item by item (src/lib/progress), keeps unreadable data aside instead of wiping it,
 * tells the learner when saving fails, and merges another tab's writes instead of overwriting them.
 */
import { atom } from 'nanostores';
import { mergeProgress } from '../lib/progress/merge';
import { type ProgressState, emptyProgress, loadProgress } from '../lib/progress/state';

export const PROGRESS_KEY = 'markpoint:progress';
export const SET_ASIDE_PREFIX = 'markpoint:set-aside:';

export interface StorageProblem {
  kind: 'unreadable' | 'partly-unreadable' | 'not-saving';
  message: string;
  /** Key under which the original text was kept, for download. */
  setAsideKey?: string;
}

export const $progress = atom<ProgressState>(emptyProgress());
export const $storageProblem = atom<StorageProblem | null>(null);

let started = false;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readStored(): ProgressState {
  const store = storage();
  let raw: string | null = null;
  try {
    raw = store?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    raw = null;
  }
  const report = loadProgress(raw);
  if (raw !== null && (report.unreadable || report.dropped.length > 0)) {
    const setAsideKey = `${SET_ASIDE_PREFIX}${new Date().toISOString()}`;
    let kept = false;
    try {
      // Only keep one copy of the same damaged text, however many times the page loads.
      const already = Object.keys(store ?? {}).some((key) => key.startsWith(SET_ASIDE_PREFIX) && store?.getItem(key) === raw);
      if (!already) store?.setItem(setAsideKey, raw);
      kept = true;
    } catch {
      kept = false;
    }
    $storageProblem.set({
      kind: report.unreadable ? 'unreadable' : 'partly-unreadable',
      message: report.unreadable
        ? 'Your saved progress could not be read, so Markpoint has started afresh. The original text has been kept: download it below and send it to your tutor or keep it.'
        : `Some saved items could not be read and were left out (${report.dropped.slice(0, 5).join(', ')}${report.dropped.length > 5 ? ', …' : ''}). Everything else is here. The original text has been kept for download.`,
      ...(kept ? { setAsideKey } : {}),
    });
  }
  return report.state;
}

function write(state: ProgressState): void {
  const store = storage();
  try {
    if (!store) throw new Error('no storage');
    store.setItem(PROGRESS_KEY, JSON.stringify(state));
    if ($storageProblem.get()?.kind === 'not-saving') $storageProblem.set(null);
  } catch {
    $storageProblem.set({
      kind: 'not-saving',
      message:
        'This browser is not saving your progress (it may be in private mode or out of space). You can keep studying, but what you do will be lost when you close the page. Download a backup from the Progress page to keep it.',
    });
  }
}

/** Idempotent: islands call it when they mount. */
export function startProgress(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  $progress.set(readStored());
  window.addEventListener('storage', (event) => {
    if (event.key !== PROGRESS_KEY) return;
    if (event.newValue === null) {
      $progress.set(emptyProgress());
      return;
    }
    const theirs = loadProgress(event.newValue);
    if (!theirs.unreadable) $progress.set(mergeProgress($progress.get(), theirs.state));
  });
}

/**
 * Applies a change and saves it, merging with whatever another tab saved since this tab last read,
 * so neither tab's newer work is lost.
 */
export function updateProgress(change: (state: ProgressState) => ProgressState): ProgressState {
  startProgress();
  const next = change($progress.get());
  let merged = next;
  try {
    const raw = storage()?.getItem(PROGRESS_KEY) ?? null;
    if (raw !== null) {
      const stored = loadProgress(raw);
      if (!stored.unreadable && stored.state.epoch === next.epoch) merged = mergeProgress(next, stored.state);
    }
  } catch {
    merged = next;
  }
  write(merged);
  $progress.set(merged);
  return merged;
}

/** Replaces progress outright (reset, or restore with "replace"): a new epoch tells other tabs. */
export function replaceProgress(state: ProgressState): void {
  startProgress();
  write(state);
  $progress.set(state);
}

export function readSetAside(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
