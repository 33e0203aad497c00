import { describe, expect, it } from 'vitest';
import { newCard, rateCard } from '../srs/scheduler.ts';
import { MAX_BACKUP_BYTES, createBackup, previewRestore, readBackup } from './backup.ts';
import { emptyProgress, recordQuestionAttempt, recordReview, saveScenarioDraft } from './state.ts';

const now = new Date('2026-04-01T10:00:00Z');

function studied() {
  let state = emptyProgress('epoch-a');
  const card = rateCard(undefined, 3, now, { retention: 0.9 }).card;
  state = recordReview(state, 'u/smart', card, 3, now, 'r1');
  state = recordQuestionAttempt(state, 'u/q1', { at: now.toISOString(), chosen: ['b'], score: 0, correct: false, seed: 1 }, ['u/mc'], 'u/mc');
  state = saveScenarioDraft(state, 'u/case', 'My draft answer', now);
  return state;
}

describe('backups', () => {
  it('round-trips progress exactly', () => {
    const state = studied();
    const reading = readBackup(createBackup(state, '0.1.0', now));
    expect(reading.ok && reading.progress).toEqual(state);
  });

  it('refuses what is not a sound backup, each with its own reason', () => {
    const good = createBackup(studied(), '0.1.0', now);
    const cases: [string, string, RegExp][] = [
      ['empty', '', /empty/],
      ['not JSON', 'hello', /not a JSON file/],
      ['other JSON', '{"a":1}', /not one Markpoint wrote/],
      ['truncated', good.slice(0, good.length - 40), /cut off/],
      ['altered', good.replace('My draft answer', 'My draft answeR'), /checksum does not match/],
      ['newer format', good.replace('"formatVersion":1', '"formatVersion":2'), /newer version/],
    ];
    for (const [label, text, reason] of cases) {
      const reading = readBackup(text);
      expect(reading.ok, label).toBe(false);
      if (!reading.ok) expect(reading.reason, label).toMatch(reason);
    }
    const tooLarge = readBackup('{}', MAX_BACKUP_BYTES + 1);
    expect(tooLarge.ok === false && tooLarge.reason).toMatch(/never larger than 5 MB/);
  });

  it('previews a merge without losing either side, and a replace that takes the backup whole', () => {
    const backup = studied();
    let current = emptyProgress('epoch-b');
    current = recordReview(current, 'u/other', newCard(now), 1, now, 'r2');
    const merged = previewRestore(current, backup, 'merge', 'epoch-c');
    expect(merged.before.cards).toBe(1);
    expect(merged.after.cards).toBe(2);
    expect(merged.after.drafts).toBe(1);
    expect(merged.result.epoch).toBe('epoch-c');
    const replaced = previewRestore(current, backup, 'replace', 'epoch-c');
    expect(Object.keys(replaced.result.cards)).toEqual(['u/smart']);
  });
});
