import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rateCard } from '../srs/scheduler.ts';
import { mergeProgress } from './merge.ts';
import {
  type ProgressState,
  emptyProgress,
  isMisconceptionCleared,
  loadProgress,
  recordQuestionAttempt,
  recordReview,
  recordScenarioAttempt,
  saveScenarioDraft,
  undoReview,
  updateSettings,
} from './state.ts';

const base = new Date('2026-05-01T09:00:00Z');
const day = 86_400_000;

describe('loading stored progress', () => {
  it('loads the saved example of every version without losing anything', () => {
    const saved = readFileSync(new URL('../../../tests/fixtures/progress/v1.json', import.meta.url), 'utf8');
    const report = loadProgress(saved);
    expect(report.dropped).toEqual([]);
    expect(report.unreadable).toBe(false);
    expect(JSON.parse(JSON.stringify(report.state))).toEqual(JSON.parse(saved));
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
  }, 60_000);
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
        const reloaded = loadProgress(JSON.stringify(state));
        expect(reloaded.dropped).toEqual([]);
        expect(reloaded.state).toEqual(JSON.parse(JSON.stringify(state)));
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
