import { describe, expect, it } from 'vitest';
import { newCard, rateCard } from '../srs/scheduler.ts';
import { MAX_BACKUP_BYTES, checksumOf, createBackup, describeBackupDate, previewRestore, readBackup } from './backup.ts';
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
    const reading = readBackup(createBackup(state, '0.1.0', now), undefined, now);
    expect(reading.ok && reading.value.progress).toEqual(state);
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
      if (!reading.ok) expect(reading.error, label).toMatch(reason);
    }
    const tooLarge = readBackup('{}', MAX_BACKUP_BYTES + 1);
    expect(tooLarge.ok === false && tooLarge.error).toMatch(/never larger than 5 MB/);
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

/** A backup file as someone might have edited it, with a checksum that matches its progress. */
function edited(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(createBackup(studied(), '0.1.0', now)) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

describe('backups that are not quite right', () => {
  it('refuses one without progress, saying so, instead of failing with a TypeError', () => {
    const reading = readBackup(edited((file) => delete file['progress']));
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.error).toMatch(/holds no progress: its progress section is missing/);
    const notObject = readBackup(edited((file) => (file['progress'] = [1, 2])));
    expect(!notObject.ok && notObject.error).toMatch(/holds no readable progress/);
  });

  it('refuses a format version written as text, without calling it newer', () => {
    const reading = readBackup(edited((file) => (file['formatVersion'] = '1')));
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.error).toMatch(/format version is "1", written as text rather than a number/);
    expect(!reading.ok && reading.error).not.toMatch(/newer/);
    for (const [value, reason] of [
      [undefined, /does not say which format/],
      [0, /not one Markpoint has ever written/],
      [1.5, /not one Markpoint has ever written/],
      [2, /newer version/],
    ] as const) {
      const other = readBackup(edited((file) => (value === undefined ? delete file['formatVersion'] : (file['formatVersion'] = value))));
      expect(!other.ok && other.error, String(value)).toMatch(reason);
    }
  });

  it('says a backup does not say when it was made, rather than "Invalid Date"', () => {
    for (const createdAt of [undefined, 'yesterday', 42]) {
      const reading = readBackup(edited((file) => (createdAt === undefined ? delete file['createdAt'] : (file['createdAt'] = createdAt))));
      expect(reading.ok).toBe(true);
      if (!reading.ok) continue;
      expect(reading.value.createdAt).toBeNull();
      expect(describeBackupDate(reading.value.createdAt)).toBe('does not say when it was made');
    }
    expect(describeBackupDate('2026-04-01T10:00:00.000Z', now)).toMatch(/^was made on 1 April 2026 at \d\d:00$/);
    expect(describeBackupDate('2030-01-01T10:00:00.000Z', now)).toMatch(/in the future/);
    expect(describeBackupDate('2026-04-01T10:00:00.000Z', now)).not.toMatch(/Invalid/);
  });

  it('lists __proto__ entries as skipped, with the reason', () => {
    const progress = JSON.parse(JSON.stringify(studied())) as Record<string, unknown>;
    const text = JSON.stringify({ format: 'markpoint-backup', formatVersion: 1, appVersion: '0.1.0', createdAt: now.toISOString(), checksum: 'x', progress })
      .replace('"cards":{', `"cards":{"__proto__":${JSON.stringify((progress['cards'] as Record<string, unknown>)['u/smart'])},`)
      .replace('"misconceptions":{', '"misconceptions":{"__proto__":{"missedAt":[],"correctAt":[]},');
    const withChecksum = text.replace('"checksum":"x"', `"checksum":"${checksumOf((JSON.parse(text) as { progress: unknown }).progress)}"`);
    const reading = readBackup(withChecksum, undefined, now);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.value.skipped).toEqual(['cards.__proto__ (a reserved name, never written by Markpoint)', 'misconceptions.__proto__ (a reserved name, never written by Markpoint)']);
    expect(Object.keys(reading.value.progress.cards)).toEqual(['u/smart']);
  });

  it('brings times in the future back to the present when restoring', () => {
    const future = new Date('2031-01-01T00:00:00Z');
    const state = recordReview(emptyProgress('e'), 'u/smart', rateCard(undefined, 3, future, { retention: 0.9 }).card, 3, future, 'r1');
    const reading = readBackup(createBackup(state, '0.1.0', now), undefined, now);
    expect(reading.ok && reading.value.progress.cards['u/smart']?.updatedAt).toBe(now.toISOString());
    expect(reading.ok && reading.value.progress.reviews[0]?.at).toBe(now.toISOString());
  });
});

describe('the course choice and lessons read in a backup', () => {
  const course = { myCourse: { qualification: 'cim-l4', units: ['plan'] }, lessonsRead: ['plan/01-intro', 'basics/02-reach'] };

  it('round-trips both beside the progress', () => {
    const reading = readBackup(createBackup(studied(), '0.1.0', now, course), undefined, now);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.value.course).toEqual(course);
    expect(reading.value.progress).toEqual(studied());
  });

  it('restores a backup made before it held them, exactly as before, saying it holds neither', () => {
    // Written field by field as Markpoint wrote backups until then: no myCourse, no lessonsRead.
    const progress = JSON.parse(JSON.stringify(studied())) as unknown;
    const old = JSON.stringify({ format: 'markpoint-backup', formatVersion: 1, appVersion: '0.1.0', createdAt: now.toISOString(), checksum: checksumOf(progress), progress });
    const reading = readBackup(old, undefined, now);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.value.progress).toEqual(studied());
    expect(reading.value.skipped).toEqual([]);
    expect(reading.value.course).toEqual({ myCourse: null, lessonsRead: null });
  });

  it('leaves out stray stored values when writing, so its own file is never refused', () => {
    const text = createBackup(studied(), '0.1.0', now, { myCourse: { qualification: '../x', units: ['plan', '<b>'] }, lessonsRead: ['plan/01-intro', 'not a lesson', 'plan/01-intro'] });
    const reading = readBackup(text, undefined, now);
    expect(reading.ok && reading.value.course).toEqual({ myCourse: { qualification: null, units: ['plan'] }, lessonsRead: ['plan/01-intro'] });
  });

  it('refuses a file whose course fields Markpoint would not have written, naming the field and what is wrong', () => {
    const cases: [string, (file: Record<string, unknown>) => void, RegExp][] = [
      ['course is a list', (file) => (file['myCourse'] = ['cim-l4']), /course choice \(its myCourse field\) is a list, not a qualification and a list of units/],
      ['course is null', (file) => (file['myCourse'] = null), /myCourse field\) is empty \(null\)/],
      ['qualification missing', (file) => (file['myCourse'] = { units: [] }), /myCourse field\) has no qualification/],
      ['qualification not an id', (file) => (file['myCourse'] = { qualification: 'CIM L4!', units: [] }), /myCourse field\) names its qualification as the text "CIM L4!"/],
      ['units not a list', (file) => (file['myCourse'] = { qualification: null, units: 'plan' }), /myCourse field\) has units written as the text "plan" rather than a list/],
      ['a unit not an id', (file) => (file['myCourse'] = { qualification: null, units: ['plan', 7] }), /myCourse field\) has unit 2 written as a number/],
      ['lessons not a list', (file) => (file['lessonsRead'] = { 'plan/01-intro': true }), /lessons read \(its lessonsRead field\) is a set of named items, not a list of lessons/],
      ['a lesson not a key', (file) => (file['lessonsRead'] = ['plan/01-intro', '../../etc']), /lessonsRead field\) has entry 2 written as the text "..\/..\/etc", which is not a lesson/],
      ['too many lessons', (file) => (file['lessonsRead'] = Array.from({ length: 2001 }, (_, i) => `u/l-${i}`)), /lessonsRead field\) lists 2001 lessons, more than Markpoint ever keeps \(2000\)/],
    ];
    for (const [label, change, reason] of cases) {
      const reading = readBackup(
        edited((file) => {
          Object.assign(file, course);
          change(file);
        }),
        undefined,
        now,
      );
      expect(reading.ok, label).toBe(false);
      if (!reading.ok) expect(reading.error, label).toMatch(reason);
    }
  });
});
