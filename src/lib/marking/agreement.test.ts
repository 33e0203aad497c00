import { describe, expect, it } from 'vitest';
import { agreement, statusFromMarks } from './agreement.ts';

describe("agreement with human judgements", () => {
  it('gives kappa 1 for perfect agreement and 0 for chance-level agreement', () => {
    const perfect = agreement([
      { human: 'earned', marker: 'earned' },
      { human: 'not', marker: 'not' },
      { human: 'partly', marker: 'partly' },
    ]);
    expect(perfect.accuracy).toBe(1);
    expect(perfect.kappa).toBe(1);
    const chance = agreement([
      { human: 'earned', marker: 'earned' },
      { human: 'earned', marker: 'not' },
      { human: 'not', marker: 'earned' },
      { human: 'not', marker: 'not' },
    ]);
    expect(chance.accuracy).toBe(0.5);
    expect(chance.kappa).toBeCloseTo(0);
  });
  it('computes the textbook example', () => {
    // 50 pairs: 20 both yes, 15 both no, 5 yes/no, 10 no/yes -> kappa 0.4
    const pairs = [
      ...Array.from({ length: 20 }, () => ({ human: 'earned' as const, marker: 'earned' as const })),
      ...Array.from({ length: 15 }, () => ({ human: 'not' as const, marker: 'not' as const })),
      ...Array.from({ length: 5 }, () => ({ human: 'earned' as const, marker: 'not' as const })),
      ...Array.from({ length: 10 }, () => ({ human: 'not' as const, marker: 'earned' as const })),
    ];
    expect(agreement(pairs).kappa).toBeCloseTo(0.4, 5);
  });
  it('reads human marks as statuses', () => {
    expect(statusFromMarks(4, 4)).toBe('earned');
    expect(statusFromMarks(1.5, 4)).toBe('partly');
    expect(statusFromMarks(0, 4)).toBe('not');
  });
});
