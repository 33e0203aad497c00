import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type StoredCard, rateCard } from '../srs/scheduler.ts';
import { countProgress } from './backup.ts';
import { mergeProgress } from './merge.ts';
import {
  type CardRecord,
  type ProgressState,
  compactProgress,
  emptyProgress,
  isMisconceptionCleared,
  loadProgress,
  localDay,
  recordQuestionAttempt,
  recordReview,
  recordReviews,
  recordScenarioAttempt,
  saveScenarioDraft,
  totalReviews,
  undoReview,
  updateSettings,
} from './state.ts';
import { simulateStudy } from './simulate.ts';

const base = new Date('2026-05-01T09:00:00Z');
const day = 86_400_000;

const savedV1 = readFileSync(new URL('../../../tests/fixtures/progress/v1.json', import.meta.url), 'utf8');

describe('loading stored progress', () => {
  it('migrates the saved version 1 example on the day it was saved without losing anything, undo included', () => {
    const v1 = JSON.parse(savedV1) as Record<string, unknown>;
    const report = loadProgress(savedV1, new Date('2026-04-01T18:00:00Z'));
    expect(report.dropped).toEqual([]);
    expect(report.unreadable).toBe(false);
    const { version, reviewsByDay, reviewEvents, activityEvents, ...rest } = JSON.parse(JSON.stringify(report.state)) as Record<string, unknown>;
    const { version: _oldVersion, ...v1Rest } = v1;
    expect(version).toBe(2);
    // Everything version 1 held is still there, each rating whole (so today's can be undone).
    expect(rest).toEqual(v1Rest);
    expect(reviewsByDay).toEqual({ '2026-04-01': 1 });
    expect(reviewEvents).toEqual({ '2026-04-01': ['r-1'] });
    expect(activityEvents).toEqual({});
    // Saved again and reloaded, the migrated record is unchanged.
    expect(loadProgress(JSON.stringify(report.state), new Date('2026-04-01T18:00:00Z')).state).toEqual(report.state);
  });

  it('migrates the version 1 example a month later: every count, card and answer kept, old ratings folded into counts', () => {
    const sameDay = loadProgress(savedV1, new Date('2026-04-01T18:00:00Z')).state;
    const later = loadProgress(savedV1, new Date('2026-05-01T09:00:00Z')).state;
    expect(countProgress(later)).toEqual(countProgress(sameDay));
    expect(countProgress(later).reviews).toBe(1);
    for (const field of ['cards', 'questions', 'misconceptions', 'scenarios', 'activity', 'settings', 'epoch'] as const) expect(later[field]).toEqual(sameDay[field]);
    expect(later.reviews).toEqual([]);
    expect(later.reviewsByDay).toEqual({ '2026-04-01': 1 });
  });

  it('brings times in the future back to now, so nothing claims to be newer than what comes after', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const future = '2027-01-01T00:00:00.000Z';
    const good = rateCard(undefined, 3, now, { retention: 0.9 }).card;
    const raw = JSON.stringify({
      version: 2,
      epoch: 'e',
      cards: { 'u/a': { ...good, lastReview: future, updatedAt: future } },
      reviews: [{ id: 'r1', card: 'u/a', grade: 3, at: future, before: null }],
      reviewsByDay: { '2027-01-01': 1 },
      reviewEvents: { '2027-01-01': ['r1'] },
      activity: { '2027-01-01': 4, '2026-06-01': 1 },
      activityEvents: { '2027-01-01': ['r:r1'] },
      misconceptions: { 'u/m': { missedAt: [future], correctAt: [] } },
      scenarios: { 'u/s': { draft: 'frozen', draftAt: future, attempts: [] } },
      settings: { retention: 0.95, newPerDay: 20, reverseCards: false, updatedAt: future },
    });
    const { state, dropped } = loadProgress(raw, now);
    expect(dropped).toEqual([]);
    const nowIso = now.toISOString();
    expect(state.cards['u/a']?.updatedAt).toBe(nowIso);
    expect(state.cards['u/a']?.lastReview).toBe(nowIso);
    expect(state.reviews[0]?.at).toBe(nowIso);
    expect(state.settings.updatedAt).toBe(nowIso);
    expect(state.scenarios['u/s']?.draftAt).toBe(nowIso);
    expect(state.misconceptions['u/m']?.missedAt).toEqual([nowIso]);
    expect(state.activity).toEqual({ '2026-06-01': 5 });
    expect(state.reviewsByDay).toEqual({ '2026-06-01': 1 });
    // A change made now wins over the card that claimed to come from the future.
    const later = new Date(now.getTime() + 60_000);
    const changed = updateSettings(state, { retention: 0.8 }, later);
    expect(mergeProgress(state, changed).settings.retention).toBe(0.8);
    expect(mergeProgress(changed, state).settings.retention).toBe(0.8);
  });

  it('lists entries with reserved names as left out, with the reason, instead of losing them silently', () => {
    const good = { ...rateCard(undefined, 3, base, { retention: 0.9 }).card, updatedAt: base.toISOString() };
    const raw = `{"version":2,"epoch":"e","cards":{"__proto__":${JSON.stringify(good)},"u/a":${JSON.stringify(good)}},"activity":{"constructor":3}}`;
    const report = loadProgress(raw, base);
    expect(Object.keys(report.state.cards)).toEqual(['u/a']);
    expect(report.dropped).toEqual(['cards.__proto__ (a reserved name, never written by Markpoint)', 'activity.constructor (a reserved name, never written by Markpoint)']);
    expect(Object.getPrototypeOf(report.state.cards)).toBe(Object.prototype);
  });

  it('keeps the valid items when some are damaged, and says which were left out', () => {
    const good = rateCard(undefined, 3, base, { retention: 0.9 }).card;
    const raw = JSON.stringify({
      version: 1,
      epoch: 'e',
      cards: { 'u/a': { ...good, updatedAt: base.toISOString() }, 'u/b': { ...good, due: 'not a date', updatedAt: base.toISOString() }, 'u/c': { stability: 1 } },
      activity: { '2026-05-01': 3, yesterday: 2 },
      settings: { retention: 5 },
    });
    const report = loadProgress(raw);
    expect(Object.keys(report.state.cards)).toEqual(['u/a']);
    expect(report.dropped).toEqual(expect.arrayContaining(['cards.u/b', 'cards.u/c', 'activity.yesterday', 'settings']));
    expect(report.state.activity).toEqual({ '2026-05-01': 3 });
    expect(report.state.settings.retention).toBe(0.9);
  });

  it('never throws on hostile stored values, and keeps every valid card beside them (10,000 runs)', () => {
    const good = { ...rateCard(undefined, 3, base, { retention: 0.9 }).card, updatedAt: base.toISOString() };
    fc.assert(
      fc.property(fc.anything(), fc.string(), fc.dictionary(fc.string(), fc.anything()), (junk, text, extra) => {
        const raw = JSON.stringify({ version: 1, epoch: 'e', cards: { ...extra, 'u/keep': good, 'u/junk': junk } });
        const report = loadProgress(raw);
        expect(report.state.cards['u/keep']).toEqual(good);
        expect(() => loadProgress(text)).not.toThrow();
        expect(() => loadProgress(JSON.stringify(junk) ?? 'null')).not.toThrow();
      }),
      { numRuns: 10_000 },
    );
    // Generous: on a shared, busy machine this alone has taken over a minute.
  }, 240_000);
});

type Action =
  | { kind: 'review'; card: number; grade: 1 | 2 | 3 | 4 }
  | { kind: 'undo' }
  | { kind: 'answer'; question: number; correct: boolean }
  | { kind: 'draft'; scenario: number; text: string }
  | { kind: 'submit'; scenario: number; total: number }
  | { kind: 'settings'; retention: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('review' as const), card: fc.integer({ min: 0, max: 5 }), grade: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const) }),
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({ kind: fc.constant('answer' as const), question: fc.integer({ min: 0, max: 5 }), correct: fc.boolean() }),
  fc.record({ kind: fc.constant('draft' as const), scenario: fc.integer({ min: 0, max: 2 }), text: fc.string() }),
  fc.record({ kind: fc.constant('submit' as const), scenario: fc.integer({ min: 0, max: 2 }), total: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ kind: fc.constant('settings' as const), retention: fc.double({ min: 0.7, max: 0.99, noNaN: true }) }),
);

function apply(state: ProgressState, step: Action, index: number): ProgressState {
  const now = new Date(base.getTime() + index * 3_600_000);
  switch (step.kind) {
    case 'review': {
      const id = `u/card-${step.card}`;
      const card = rateCard(state.cards[id], step.grade, now, { retention: state.settings.retention }).card;
      return recordReview(state, id, card, step.grade, now, `r${index}`);
    }
    case 'undo': {
      const last = [...state.reviews].reverse().find((review) => !review.undone);
      return last ? undoReview(state, last.id, now) : state;
    }
    case 'answer':
      return recordQuestionAttempt(state, `u/q-${step.question}`, { at: now.toISOString(), chosen: ['a'], score: step.correct ? 1 : 0, correct: step.correct, seed: index }, step.correct ? [] : ['u/mc'], 'u/mc');
    case 'draft':
      return saveScenarioDraft(state, `u/s-${step.scenario}`, step.text, now);
    case 'submit':
      return recordScenarioAttempt(state, `u/s-${step.scenario}`, { id: `a${index}`, at: now.toISOString(), answer: 'x', total: step.total, max: 20, points: [] });
    case 'settings':
      return updateSettings(state, { retention: step.retention }, now);
  }
}

describe('progress through any sequence of learner actions', () => {
  it('saved and reloaded gives the same state (property)', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (steps) => {
        const state = steps.reduce(apply, emptyProgress('e'));
        const now = new Date(base.getTime() + steps.length * 3_600_000);
        const reloaded = loadProgress(JSON.stringify(state), now);
        expect(reloaded.dropped).toEqual([]);
        expect(reloaded.state).toEqual(JSON.parse(JSON.stringify(compactProgress(state, now))));
        expect(countProgress(reloaded.state)).toEqual(countProgress(state));
      }),
      { numRuns: 500 },
    );
  });

  it('merging two tabs keeps both tabs work and is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 20 }), fc.array(action, { maxLength: 20 }), (shared, other) => {
        const common = shared.reduce(apply, emptyProgress('e'));
        const tabA = other.reduce((state, step, i) => apply(state, step, i + 100), common);
        const merged = mergeProgress(common, tabA);
        expect(mergeProgress(merged, tabA)).toEqual(merged);
        for (const id of Object.keys(tabA.cards)) expect(merged.cards[id]).toEqual(tabA.cards[id]);
        expect(merged.reviews.length).toBe(tabA.reviews.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('clearing a misconception', () => {
  it('needs correct answers on two separate days after the last miss', () => {
    const miss = new Date(base.getTime()).toISOString();
    const sameDay = [new Date(base.getTime() + 3_600_000).toISOString(), new Date(base.getTime() + 7_200_000).toISOString()];
    expect(isMisconceptionCleared({ missedAt: [miss], correctAt: sameDay })).toBe(false);
    expect(isMisconceptionCleared({ missedAt: [miss], correctAt: [sameDay[0] ?? '', new Date(base.getTime() + day + 3_600_000).toISOString()] })).toBe(true);
  });
});

describe('undoing a first rating', () => {
  it('removes the card, and merging with the copy saved before the undo does not bring it back', () => {
    const card = rateCard(undefined, 3, base, { retention: 0.9 }).card;
    const rated = recordReview(emptyProgress('e'), 'u/a', card, 3, base, 'r1');
    const undone = undoReview(rated, 'r1', new Date(base.getTime() + 1000));
    expect(undone.cards['u/a']).toBeUndefined();
    expect(mergeProgress(undone, rated).cards['u/a']).toBeUndefined();
    expect(mergeProgress(rated, undone).cards['u/a']).toBeUndefined();
  });
});

describe('rating a card again after undoing all its ratings', () => {
  it('wins the merge over a copy that still holds the undone ratings', () => {
    const at = (hours: number) => new Date(base.getTime() + hours * 3_600_000);
    const first = rateCard(undefined, 1, at(0), { retention: 0.9 }).card;
    let stale = recordReview(emptyProgress('e'), 'u/a', first, 1, at(0), 'r1');
    stale = recordReview(stale, 'u/a', rateCard(stale.cards['u/a'], 1, at(1), { retention: 0.9 }).card, 1, at(1), 'r2');
    let fresh = undoReview(undoReview(stale, 'r2', at(2)), 'r1', at(3));
    expect(fresh.cards['u/a']).toBeUndefined();
    const again = rateCard(undefined, 3, at(4), { retention: 0.9 }).card;
    fresh = recordReview(fresh, 'u/a', again, 3, at(4), 'r3');
    expect(mergeProgress(stale, fresh).cards['u/a']).toEqual(fresh.cards['u/a']);
    expect(mergeProgress(fresh, stale).cards['u/a']).toEqual(fresh.cards['u/a']);
    const batched = recordReviews(undoReview(undoReview(stale, 'r2', at(2)), 'r1', at(3)), [{ cardId: 'u/a', after: again, grade: 3, at: at(4), reviewId: 'r3' }]);
    expect(batched.cards['u/a']).toEqual(fresh.cards['u/a']);
  });
});

describe('two tabs studying at once', () => {
  // Undoing a rating both tabs hold is undone once, not twice; here each tab does only its own work.
  const ownAction = action.filter((step) => step.kind !== 'undo');

  it('keeps every rating and every study action of both tabs, counted once each (property)', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 15 }), fc.array(ownAction, { maxLength: 25 }), fc.array(ownAction, { maxLength: 25 }), (shared, first, second) => {
        const common = shared.reduce(apply, emptyProgress('e'));
        // Neither tab sees the other's work before saving: both start from the same stored copy.
        const tabA = first.reduce((state, step, i) => apply(state, step, i + 100), common);
        const tabB = second.reduce((state, step, i) => apply(state, step, i + 200), common);
        const merged = mergeProgress(tabA, tabB);
        expect(sameCounts(merged, mergeProgress(tabB, tabA))).toBe(true);
        const ratedBy = (tab: ProgressState) => totalReviews(tab) - totalReviews(common);
        expect(totalReviews(merged)).toBe(totalReviews(common) + ratedBy(tabA) + ratedBy(tabB));
        for (const day of new Set([...Object.keys(tabA.activity), ...Object.keys(tabB.activity)])) {
          const added = (tab: ProgressState) => (tab.activity[day] ?? 0) - (common.activity[day] ?? 0);
          expect(merged.activity[day]).toBe((common.activity[day] ?? 0) + added(tabA) + added(tabB));
        }
        expect(mergeProgress(merged, tabA)).toEqual(merged);
      }),
      { numRuns: 300 },
    );
  });
});

function sameCounts(a: ProgressState, b: ProgressState): boolean {
  return JSON.stringify(countProgress(a)) === JSON.stringify(countProgress(b)) && JSON.stringify(sortedEntries(a.activity)) === JSON.stringify(sortedEntries(b.activity));
}
const sortedEntries = (record: Record<string, number>) => Object.entries(record).sort(([x], [y]) => x.localeCompare(y));

describe('device clocks that disagree', () => {
  const realStart = new Date('2026-06-10T12:00:00Z').getTime();
  const scheduling = (card: StoredCard | CardRecord | undefined) => card && { due: card.due, stability: card.stability, difficulty: card.difficulty, reps: card.reps, lapses: card.lapses, state: card.state };

  it('the latest change wins whatever the clocks say, no rating is lost or counted twice, and loading leaves no time in the future (property)', () => {
    const step = fc.record({ tab: fc.nat(), card: fc.integer({ min: 0, max: 3 }), grade: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const), settings: fc.boolean() });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3 * day, max: 3 * day }), { minLength: 2, maxLength: 3 }), fc.array(step, { minLength: 1, maxLength: 30 }), (offsets, steps) => {
        let stored: string | null = null;
        const memory = offsets.map(() => emptyProgress('e'));
        const latestCard = new Map<string, StoredCard>();
        let latestRetention = DEFAULT_RETENTION;
        let ratings = 0;
        steps.forEach((change, i) => {
          const tab = change.tab % offsets.length;
          const tabNow = new Date(realStart + i * 60_000 + (offsets[tab] ?? 0));
          // As the store does: merge what another tab stored, make the change, compact, save.
          let current = memory[tab] ?? emptyProgress('e');
          if (stored !== null) current = mergeProgress(current, loadProgress(stored, tabNow).state);
          if (change.settings) {
            latestRetention = 0.7 + (i % 29) / 100;
            current = updateSettings(current, { retention: latestRetention }, tabNow);
          } else {
            const id = `u/card-${change.card}`;
            const card = rateCard(current.cards[id], change.grade, tabNow, { retention: current.settings.retention }).card;
            current = recordReview(current, id, card, change.grade, tabNow, `r${i}`);
            latestCard.set(id, card);
            ratings += 1;
          }
          current = compactProgress(current, tabNow);
          stored = JSON.stringify(current);
          memory[tab] = current;
        });
        const realNow = new Date(realStart + steps.length * 60_000);
        const final = loadProgress(stored, realNow).state;
        for (const [id, card] of latestCard) expect(scheduling(final.cards[id])).toEqual(scheduling(card));
        expect(final.settings.retention).toBe(latestRetention);
        expect(totalReviews(final)).toBe(ratings);
        const latest = realNow.toISOString();
        const times = [
          final.settings.updatedAt,
          ...Object.values(final.cards).flatMap((card) => [card.updatedAt, card.lastReview ?? '']),
          ...final.reviews.map((review) => review.at),
        ];
        for (const time of times) expect(time <= latest).toBe(true);
        for (const studyDay of [...Object.keys(final.activity), ...Object.keys(final.reviewsByDay)]) expect(studyDay <= localDay(realNow)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

const DEFAULT_RETENTION = 0.9;

describe('a record that stays small', () => {
  it('recording many ratings at once gives what recording them one by one gives', () => {
    const ratings = Array.from({ length: 30 }, (_, i) => {
      const at = new Date(base.getTime() + i * 60_000);
      return { cardId: `u/card-${i % 7}`, after: rateCard(undefined, 3, at, { retention: 0.9 }).card, grade: 3 as const, at, reviewId: `r${i}` };
    });
    const oneByOne = ratings.reduce((state, r) => recordReview(state, r.cardId, r.after, r.grade, r.at, r.reviewId), emptyProgress('e'));
    expect(recordReviews(emptyProgress('e'), ratings)).toEqual(oneByOne);
  });

  it('stays under 2 MB after five years of 100 reviews a day, keeping every count and today’s ratings whole', () => {
    const study = simulateStudy({ days: 5 * 365 + 1, reviewsPerDay: 100, cards: 2000, start: new Date(2021, 0, 1), seed: 5 });
    const text = JSON.stringify(study.state);
    const bytes = new TextEncoder().encode(text).length;
    console.info(`five years at 100 a day: ${(bytes / 1_048_576).toFixed(2)} MB (every rating kept whole: ${(study.uncompactedChars / 1_048_576).toFixed(1)} MB)`);
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
    expect(totalReviews(study.state)).toBe(1826 * 100);
    expect(Object.keys(study.state.activity)).toHaveLength(1826);
    expect(study.state.reviews).toHaveLength(100);
    expect(study.state.reviews.every((review) => review.before !== null)).toBe(true);
    // Today's last rating can still be undone, and the record reads back as it was written.
    const last = study.state.reviews.at(-1);
    if (!last) throw new Error('no reviews');
    expect(undoReview(study.state, last.id, study.end).cards[last.card]).toMatchObject(last.before ?? {});
    expect(loadProgress(text, study.end).state).toEqual(study.state);
  }, 300_000);
});
