/**
 * The progress store: the only code that touches the progress record in localStorage.
 * Reads item by item (src/lib/progress), keeps unreadable data aside instead of wiping it, never
 * saves over a record it cannot read unless a copy was kept or the learner chose, tells the learner
 * when saving fails, and merges another tab's writes instead of overwriting them.
 */
import { atom } from 'nanostores';
import { type NoticeKind, NOT_SAVING_MESSAGE, type ReplaceOutcome, type SavingNotice, judgeStored, needsSpareCopy, noticeForAnotherTab, noticeOnLoad } from '../lib/progress/guard';
import { mergeProgress, sameProgress } from '../lib/progress/merge';
import { type ProgressState, compactProgress, emptyProgress, loadProgress } from '../lib/progress/state';

export const PROGRESS_KEY = 'markpoint:progress';
export const SET_ASIDE_PREFIX = 'markpoint:set-aside:';

export interface StorageProblem {
  kind: NoticeKind;
  message: string;
  /** Key under which the original text was kept, for download. */
  setAsideKey?: string;
  /** The stored record itself can be downloaded (no spare copy could be kept). */
  offerStoredDownload?: boolean;
  /** The learner may choose to start saving again over what is stored. */
  offerResume?: boolean;
  offerReload?: boolean;
}

export const $progress = atom<ProgressState>(emptyProgress());
export const $storageProblem = atom<StorageProblem | null>(null);

let started = false;
/** The stored text as this tab last read or wrote it: when it is unchanged, there is nothing to merge. */
let lastSeenRaw: string | null = null;
/** Saving waits for the learner's choice or a reload; changes stay in memory meanwhile. */
let holding = false;
/** Guards against two tabs answering each other's writes for ever, should a merge ever disagree. */
let writeBacks = 0;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readRaw(): string | null {
  try {
    return storage()?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    return null;
  }
}

function showNotice(notice: SavingNotice, setAsideKey?: string): void {
  holding = notice.holdSaving;
  $storageProblem.set({
    kind: notice.kind,
    message: notice.message,
    ...(setAsideKey ? { setAsideKey } : {}),
    ...(notice.offerStoredDownload ? { offerStoredDownload: true } : {}),
    ...(notice.offerResume ? { offerResume: true } : {}),
    ...(notice.offerReload ? { offerReload: true } : {}),
  });
}

/** Keeps one copy of damaged text, and reports whether the copy is really there to download. */
function keepSpareCopy(raw: string): string | null {
  const store = storage();
  if (!store) return null;
  try {
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i);
      if (key?.startsWith(SET_ASIDE_PREFIX) && store.getItem(key) === raw) return key;
    }
    const key = `${SET_ASIDE_PREFIX}${new Date().toISOString()}`;
    store.setItem(key, raw);
    return store.getItem(key)?.length === raw.length ? key : null;
  } catch {
    return null;
  }
}

function readStored(now: Date): ProgressState {
  const raw = readRaw();
  lastSeenRaw = raw;
  const report = loadProgress(raw, now);
  const verdict = judgeStored(raw, report);
  const spareKey = raw !== null && needsSpareCopy(verdict) ? keepSpareCopy(raw) : null;
  const notice = noticeOnLoad(verdict, spareKey !== null);
  if (notice) showNotice(notice, spareKey ?? undefined);
  return report.state;
}

/** Writes without touching the notices; false when the browser refused. */
function trySave(state: ProgressState): boolean {
  const store = storage();
  if (!store) return false;
  const text = JSON.stringify(state);
  try {
    store.setItem(PROGRESS_KEY, text);
    lastSeenRaw = text;
    return true;
  } catch {
    return false;
  }
}

function save(state: ProgressState): void {
  if (trySave(state)) {
    if ($storageProblem.get()?.kind === 'not-saving') $storageProblem.set(null);
  } else {
    $storageProblem.set({ kind: 'not-saving', message: NOT_SAVING_MESSAGE });
  }
}

function onStorage(event: StorageEvent): void {
  if (event.key !== PROGRESS_KEY) return;
  lastSeenRaw = event.newValue;
  if (event.newValue === null) {
    $progress.set(emptyProgress());
    return;
  }
  const now = new Date();
  const theirs = loadProgress(event.newValue, now);
  const notice = noticeForAnotherTab(judgeStored(event.newValue, theirs));
  if (notice) {
    showNotice(notice);
    return;
  }
  // Another tab saved a record this version reads, so whatever this tab was guarding is gone.
  if (holding) {
    holding = false;
    $storageProblem.set(null);
  }
  const merged = compactProgress(mergeProgress($progress.get(), theirs.state), now);
  $progress.set(merged);
  // The other tab may have saved without this tab's latest work (both saved at once): put it back.
  if (!sameProgress(merged, theirs.state) && writeBacks < 3) {
    writeBacks += 1;
    save(merged);
  }
}

/** Idempotent: islands call it when they mount. */
export function startProgress(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  $progress.set(readStored(new Date()));
  window.addEventListener('storage', onStorage);
}

/**
 * Applies a change and saves it. Whatever another tab saved since this tab last looked is merged in
 * first, so the change builds on the latest of both; the stored text is only read back and parsed
 * when it has changed.
 */
export function updateProgress(change: (state: ProgressState) => ProgressState): ProgressState {
  startProgress();
  const now = new Date();
  writeBacks = 0;
  let base = $progress.get();
  if (!holding) {
    const raw = readRaw();
    if (raw !== lastSeenRaw && raw !== null) {
      const stored = loadProgress(raw, now);
      const notice = noticeForAnotherTab(judgeStored(raw, stored));
      if (notice) showNotice(notice);
      else {
        lastSeenRaw = raw;
        base = mergeProgress(base, stored.state);
      }
    }
  }
  const next = compactProgress(change(base), now);
  $progress.set(next);
  if (!holding) save(next);
  return next;
}

/**
 * Replaces progress outright (reset, or restore): a new epoch tells other tabs. Nothing changes on
 * the page unless the browser really saved it.
 */
export function replaceProgress(state: ProgressState): ReplaceOutcome {
  startProgress();
  if (holding) return 'held';
  if (!trySave(state)) return 'no-room';
  $progress.set(state);
  return 'saved';
}

/** The learner has kept what they need: save over the stored record from now on. */
export function resumeSaving(): void {
  holding = false;
  $storageProblem.set(null);
  save($progress.get());
}

export function readSetAside(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function readStoredProgress(): string | null {
  return readRaw();
}
