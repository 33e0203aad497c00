import { State } from 'ts-fsrs';
import { expect, it } from 'vitest';
import { REVIEW_STATE } from './card-status.ts';

it('restates ts-fsrs State.Review exactly', () => {
  expect(REVIEW_STATE).toBe(State.Review);
});
