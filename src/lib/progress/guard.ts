/**
 * When this page may save over the stored record, and what the learner is told when it may not.
 * The rule: a record this version cannot fully read is never overwritten unless a copy of it was
 * really kept, or the learner has downloaded it or chosen to go on without it. A record written by
 * a newer version of Markpoint is never overwritten by this one.
 */
import { type Result, err, ok } from '../result.ts';
import type { LoadReport } from './state.ts';

export type StoredVerdict =
  | { kind: 'fine' }
  | { kind: 'damaged'; dropped: string[] }
  | { kind: 'unreadable' }
  | { kind: 'newer'; version: number };

export function judgeStored(raw: string | null, report: LoadReport): StoredVerdict {
  if (raw === null) return { kind: 'fine' };
  if (report.newerVersion !== undefined) return { kind: 'newer', version: report.newerVersion };
  if (report.unreadable) return { kind: 'unreadable' };
  if (report.dropped.length > 0) return { kind: 'damaged', dropped: report.dropped };
  return { kind: 'fine' };
}

/** Only damaged or unreadable records are worth a spare copy; a newer one is left where it is. */
export function needsSpareCopy(verdict: StoredVerdict): boolean {
  return verdict.kind === 'damaged' || verdict.kind === 'unreadable';
}

export type NoticeKind = 'unreadable' | 'partly-unreadable' | 'newer-version' | 'changed-elsewhere' | 'not-saving';

export interface SavingNotice {
  kind: NoticeKind;
  message: string;
  /** Saving waits: for the learner's choice, or for a reload. */
  holdSaving: boolean;
  /** Offer the stored text itself for download (when no spare copy could be kept). */
  offerStoredDownload: boolean;
  /** Offer "Start saving again without it". */
  offerResume: boolean;
  offerReload: boolean;
}

function listDropped(dropped: readonly string[]): string {
  return `${dropped.slice(0, 5).join(', ')}${dropped.length > 5 ? `, and ${dropped.length - 5} more` : ''}`;
}

/** What to say, and whether to hold saving, after reading the stored record on page load. */
export function noticeOnLoad(verdict: StoredVerdict, spareCopyKept: boolean): SavingNotice | null {
  const base = { holdSaving: false, offerStoredDownload: false, offerResume: false, offerReload: false };
  switch (verdict.kind) {
    case 'fine':
      return null;
    case 'newer':
      return {
        ...base,
        kind: 'newer-version',
        message:
          'Your progress was saved by a newer version of Markpoint than this page. So that none of it is lost, this page is not saving anything. Reload to get the newer version; you can also download the saved data to keep a copy.',
        holdSaving: true,
        offerStoredDownload: true,
        offerReload: true,
      };
    case 'unreadable':
      return spareCopyKept
        ? {
            ...base,
            kind: 'unreadable',
            message:
              'Your saved progress could not be read, so Markpoint has started afresh. A copy of the original has been kept on this device: download it below to keep it safe or to send it to your tutor.',
          }
        : {
            ...base,
            kind: 'unreadable',
            message:
              'Your saved progress could not be read, and this browser has no room to keep a spare copy of it, so it has been left exactly as it was. Markpoint is not saving anything until you choose: download the saved data to keep it, then start saving again without it. What you study meanwhile stays on this page.',
            holdSaving: true,
            offerStoredDownload: true,
            offerResume: true,
          };
    case 'damaged':
      return spareCopyKept
        ? {
            ...base,
            kind: 'partly-unreadable',
            message: `Some saved items could not be read and were left out (${listDropped(verdict.dropped)}). Everything else is here. The original text has been kept for download.`,
          }
        : {
            ...base,
            kind: 'partly-unreadable',
            message: `Some saved items could not be read (${listDropped(verdict.dropped)}). Everything else is here. This browser has no room to keep a spare copy of the original, so Markpoint is not saving anything until you choose: download the saved data to keep it, then start saving again without the unreadable items.`,
            holdSaving: true,
            offerStoredDownload: true,
            offerResume: true,
          };
  }
}

/** What to say when another tab has just saved a record this page cannot read. */
export function noticeForAnotherTab(verdict: StoredVerdict): SavingNotice | null {
  const base = { holdSaving: true, offerStoredDownload: false, offerResume: false, offerReload: true };
  if (verdict.kind === 'newer') {
    return {
      ...base,
      kind: 'changed-elsewhere',
      message:
        'Another tab has saved your progress with a newer version of Markpoint, so this tab has stopped saving to avoid overwriting it. Reload this tab to carry on with the newer version.',
    };
  }
  if (verdict.kind === 'unreadable') {
    return {
      ...base,
      kind: 'changed-elsewhere',
      message: 'Another tab has saved progress that this tab cannot read, so this tab has stopped saving to avoid overwriting it. Reload this tab to see what was saved.',
    };
  }
  return null;
}

export const NOT_SAVING_MESSAGE =
  'This browser is not saving your progress (it may be in private mode or out of space). You can keep studying, but what you do will be lost when you close the page. Download a backup from the Progress page to keep it.';

export type ReplaceOutcome = 'saved' | 'no-room' | 'held';

/** The learner-facing result of a restore: the confirmation, or why nothing was restored. */
export function restoreMessage(outcome: ReplaceOutcome, fileName: string, mode: 'merge' | 'replace'): Result<string, string> {
  if (outcome === 'saved') return ok(`Restored from “${fileName}” (${mode === 'merge' ? 'merged with what was here' : 'replacing what was here'}).`);
  if (outcome === 'held') {
    return err(`“${fileName}” was not restored: this page has stopped saving, for the reason given in the notice above. Your progress is unchanged.`);
  }
  return err(
    `“${fileName}” was not restored: this browser has no room to save that much progress. Your progress is unchanged. Freeing space used by other sites, or restoring in another browser, may help.`,
  );
}
