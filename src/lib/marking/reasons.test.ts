import { describe, expect, it } from 'vitest';
import { reasonClauseNews, truismReasons } from './reasons.ts';
import { analyse } from './text.ts';

describe('reasonClauseNews: what each reason brings that its sentence had not said', () => {
  it.each([
    ['Risks exist because risks exist, so the way to mitigate them is mitigation.', [0, 0]],
    ['The plan suits the café because the plan suits it.', [0]],
    ['The benefit is clear, so the benefit is the benefit.', [0]],
    ['Post at lunchtime because office workers browse then, so more of them see the offer.', [3, 1]],
    ['We will post reels since short video reaches students who never see the website.', [6]],
  ])('“%s” brings %j new words per reason', (sentence, news) => {
    expect(reasonClauseNews(analyse(sentence).tokens)).toEqual(news);
  });

  it('counts the marking’s words and the case’s terms as nothing new', () => {
    const sentence = 'Each trust’s CFO should get cost material, because the CFO is the CFO and the consequence is tailoring.';
    const tokens = analyse(sentence).tokens;
    expect(reasonClauseNews(tokens)).toEqual([2]);
    const given = { shown: new Set(['consequ', 'tailor', 'cost']), caseTerms: new Set(['cfo', 'trust']) };
    expect(reasonClauseNews(tokens, given)).toEqual([0]);
  });
});

describe('truismReasons: reasons true of every organisation', () => {
  const given = { caseTerms: new Set(['swim', 'club', '420']), names: new Set(['harbour']) };
  it.each([
    ['Lapsed members matter, because every organisation needs loyal customers.', 1],
    ['Test the offer first, since any investment deserves scrutiny, so risk is kept low.', 1],
    ['Email the 420 lapsed members, because they already know the pool.', 0],
    ['Email lapsed members, because any of the 420 could return.', 0],
    ['Offer such as a free month work well as a hook.', 0],
  ])('“%s” has %i truism reasons', (sentence, count) => {
    expect(truismReasons(analyse(sentence).tokens, sentence, given)).toBe(count);
  });
});
