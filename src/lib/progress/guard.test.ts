import { describe, expect, it } from 'vitest';
import { judgeStored, needsSpareCopy, noticeForAnotherTab, noticeOnLoad, restoreMessage } from './guard.ts';
import { loadProgress } from './state.ts';

const now = new Date('2026-06-01T12:00:00Z');
const verdictOf = (raw: string) => judgeStored(raw, loadProgress(raw, now));

describe('saving over a stored record', () => {
  it('tells the truth about an unreadable record: kept, or left alone with saving held until the learner chooses', () => {
    const unreadable = verdictOf(`{"version":1,"cards":{"x":"${'x'.repeat(1000)}`);
    expect(unreadable.kind).toBe('unreadable');
    expect(needsSpareCopy(unreadable)).toBe(true);
    const kept = noticeOnLoad(unreadable, true);
    expect(kept?.holdSaving).toBe(false);
    expect(kept?.message).toMatch(/A copy of the original has been kept/);
    const notKept = noticeOnLoad(unreadable, false);
    expect(notKept?.holdSaving).toBe(true);
    expect(notKept?.offerStoredDownload && notKept.offerResume).toBe(true);
    expect(notKept?.message).not.toMatch(/has been kept/);
    expect(notKept?.message).toMatch(/no room to keep a spare copy/);
  });

  it('holds saving for a damaged record whose copy could not be kept', () => {
    const damaged = verdictOf('{"version":2,"epoch":"e","cards":{"u/a":{"due":"never"}}}');
    expect(damaged.kind).toBe('damaged');
    expect(noticeOnLoad(damaged, false)?.holdSaving).toBe(true);
    expect(noticeOnLoad(damaged, true)?.holdSaving).toBe(false);
  });

  it('never saves over a record from a newer version, on load or from another tab, and offers a reload', () => {
    const newer = verdictOf('{"version":3,"epoch":"e"}');
    expect(newer).toEqual({ kind: 'newer', version: 3 });
    expect(needsSpareCopy(newer)).toBe(false);
    for (const notice of [noticeOnLoad(newer, true), noticeOnLoad(newer, false), noticeForAnotherTab(newer)]) {
      expect(notice?.holdSaving).toBe(true);
      expect(notice?.offerReload).toBe(true);
      expect(notice?.message).toMatch(/newer version of Markpoint/);
    }
    expect(noticeForAnotherTab(verdictOf('not json'))?.message).toMatch(/Another tab has saved progress that this tab cannot read/);
    expect(noticeForAnotherTab(verdictOf('{"version":2,"epoch":"e"}'))).toBeNull();
  });

  it('says a restore that did not fit was not restored', () => {
    expect(restoreMessage('no-room', 'b.json', 'replace')).toEqual({ ok: false, error: expect.stringMatching(/^“b.json” was not restored: this browser has no room/) });
    expect(restoreMessage('saved', 'b.json', 'merge')).toEqual({ ok: true, value: expect.stringMatching(/^Restored from/) });
    expect(restoreMessage('held', 'b.json', 'merge')).toEqual({ ok: false, error: expect.stringMatching(/stopped saving/) });
  });
});
