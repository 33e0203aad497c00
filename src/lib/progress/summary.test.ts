import { describe, expect, it } from 'vitest';
import { type ScenarioAttempt, emptyProgress, recordScenarioAttempt } from './state.ts';
import { SCENARIO_MARKS_NOTE, type UnitIds, scenarioMarksNote, scenarioScoreText, summariseUnit } from './summary.ts';

const unit: UnitIds = {
  id: 'u',
  title: 'Unit',
  cards: [],
  misconceptions: [],
  scenarios: [
    { key: 'u/brewery', title: 'Brewery', marks: 20 },
    { key: 'u/retailer', title: 'Retailer', marks: 24 },
    { key: 'u/untried', title: 'Untried', marks: 15 },
  ],
};

const attempt = (id: string, total: number, hour: number): ScenarioAttempt => ({ id, at: `2026-05-01T${String(hour).padStart(2, '0')}:00:00.000Z`, answer: `answer ${id}`, total, max: 20, points: [] });

function practised() {
  let state = emptyProgress('e');
  state = recordScenarioAttempt(state, 'u/brewery', attempt('a', 9, 9));
  state = recordScenarioAttempt(state, 'u/brewery', attempt('b', 18, 10));
  state = recordScenarioAttempt(state, 'u/brewery', attempt('c', 14, 11));
  state = recordScenarioAttempt(state, 'u/retailer', attempt('d', 12.5, 12));
  return state;
}

describe('each scenario on the progress page', () => {
  it('carries the first attempt’s marks beside the best, and the number of attempts', () => {
    const rows = summariseUnit(unit, practised()).scenarios;
    expect(rows.map(({ key, first, best, attempts }) => ({ key, first, best, attempts }))).toEqual([
      { key: 'u/brewery', first: 9, best: 18, attempts: 3 },
      { key: 'u/retailer', first: 12.5, best: 12.5, attempts: 1 },
      { key: 'u/untried', first: null, best: null, attempts: 0 },
    ]);
  });

  it('reads first then best after practice, one mark after a single attempt, and “not tried yet” before any', () => {
    const [brewery, retailer, untried] = summariseUnit(unit, practised()).scenarios;
    if (!brewery || !retailer || !untried) throw new Error('three rows expected');
    expect(scenarioScoreText(brewery)).toBe('first 9 / 20, best 18 / 20 (3 attempts)');
    expect(scenarioScoreText(retailer)).toBe('12.5 / 24 (1 attempt)');
    expect(scenarioScoreText(untried)).toBe('not tried yet');
  });

  it('gives a first attempt that earned nothing as 0, not as untried', () => {
    expect(scenarioScoreText({ first: 0, best: 11, marks: 20, attempts: 2 })).toBe('first 0 / 20, best 11 / 20 (2 attempts)');
  });

  it('rounds a fractional mark to one place so the row stays short', () => {
    expect(scenarioScoreText({ first: 7.3333, best: 16.6667, marks: 20, attempts: 4 })).toBe('first 7.3 / 20, best 16.7 / 20 (4 attempts)');
  });

  it('explains “first” once, only when some row shows both marks', () => {
    expect(scenarioMarksNote([summariseUnit(unit, emptyProgress('e'))])).toBeNull();
    const once = recordScenarioAttempt(emptyProgress('e'), 'u/retailer', attempt('a', 10, 9));
    expect(scenarioMarksNote([summariseUnit(unit, once)])).toBeNull();
    expect(scenarioMarksNote([summariseUnit(unit, once), summariseUnit(unit, practised())])).toBe(SCENARIO_MARKS_NOTE);
    expect(SCENARIO_MARKS_NOTE).toMatch(/before you saw the marking points/);
  });
});
