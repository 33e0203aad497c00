import { describe, expect, it } from 'vitest';
import { type CardGrade, type StoredCard, formatInterval, isDue, newCard, previewIntervals, rateCard } from './scheduler.ts';

const start = new Date('2026-01-05T09:00:00Z');
const options = { retention: 0.9 };

function rateSequence(grades: CardGrade[], gapDays = 0): StoredCard {
  let card: StoredCard | undefined;
  let now = start;
  for (const grade of grades) {
    card = rateCard(card, grade, now, options).card;
    now = gapDays ? new Date(now.getTime() + gapDays * 86_400_000) : new Date(card.due);
  }
  if (!card) throw new Error('no ratings');
  return card;
}

describe('FSRS scheduling through ts-fsrs', () => {
  it('follows the learning steps for a new card (1 min / 10 min), then graduates to days', () => {
    const preview = previewIntervals(undefined, start, options);
    expect(preview[1]).toBe('1 min');
    expect(preview[3]).toBe('10 min');
    const afterGood = rateCard(undefined, 3, start, options).card;
    expect(Date.parse(afterGood.due) - start.getTime()).toBe(10 * 60_000);
    const graduated = rateCard(afterGood, 3, new Date(afterGood.due), options).card;
    expect(graduated.state).toBe(2);
    expect(graduated.scheduledDays).toBeGreaterThanOrEqual(1);
  });

  it('lengthens intervals with each Good and shortens them after Again', () => {
    const good = rateSequence([3, 3, 3, 3]);
    const lapsed = rateCard(good, 1, new Date(good.due), options);
    expect(good.scheduledDays).toBeGreaterThan(5);
    expect(lapsed.lapsed).toBe(true);
    expect(lapsed.card.lapses).toBe(1);
    expect(lapsed.card.scheduledDays).toBeLessThan(good.scheduledDays);
  });

  it('round-trips through JSON without changing the schedule', () => {
    const card = rateSequence([3, 3, 4]);
    const restored = JSON.parse(JSON.stringify(card)) as StoredCard;
    const now = new Date(card.due);
    expect(rateCard(restored, 3, now, options)).toEqual(rateCard(card, 3, now, options));
  });

  it('keeps every interval before the exam date', () => {
    const examDate = new Date(start.getTime() + 10 * 86_400_000).toISOString();
    let card: StoredCard | undefined;
    let now = start;
    for (let i = 0; i < 6 && now.getTime() < Date.parse(examDate); i += 1) {
      card = rateCard(card, 4, now, { retention: 0.9, examDate }).card;
      expect(Date.parse(card.due)).toBeLessThanOrEqual(Date.parse(examDate));
      now = new Date(card.due);
    }
    expect(card?.reps).toBeGreaterThan(1);
  });

  it('higher retention gives shorter intervals', () => {
    const card = rateSequence([3, 3]);
    const now = new Date(card.due);
    const relaxed = rateCard(card, 3, now, { retention: 0.8 }).card.scheduledDays;
    const strict = rateCard(card, 3, now, { retention: 0.97 }).card.scheduledDays;
    expect(strict).toBeLessThan(relaxed);
  });

  it('formats intervals for the buttons', () => {
    expect(formatInterval(60_000)).toBe('1 min');
    expect(formatInterval(3 * 86_400_000)).toBe('3 d');
    expect(formatInterval(90 * 86_400_000)).toBe('3 mo');
  });

  it('treats an unseen card as due and a future card as not', () => {
    expect(isDue(undefined, start)).toBe(true);
    expect(isDue({ ...newCard(start), due: '2030-01-01T00:00:00Z' }, start)).toBe(false);
  });
});

describe('changing settings', () => {
  it('reschedules nothing already scheduled: a new retention applies from the next rating', async () => {
    const { emptyProgress, recordReview, updateSettings } = await import('../progress/state.ts');
    const card = rateSequence([3, 3, 3]);
    const state = recordReview(emptyProgress('e'), 'u/a', card, 3, start, 'r1');
    const changed = updateSettings(state, { retention: 0.97, newPerDay: 5 }, new Date(start.getTime() + 1000));
    expect(changed.cards).toEqual(state.cards);
    expect(changed.settings.retention).toBe(0.97);
  });
});
