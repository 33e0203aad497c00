import { describe, expect, it } from 'vitest';
import type { MarkingPoint } from '../content/schemas.ts';
import { type MarkableScenario, markAnswer, readableLabel, setAsideSentences } from './marker.ts';
import { markerParameters } from './params.ts';

const goalsPoint: MarkingPoint = { id: 'goals', statement: 'Links social media KPIs to broader business goals', marks: 4 };

function scenarioWith(points: MarkingPoint[], extra: Partial<MarkableScenario> = {}): MarkableScenario {
  return { marks: points.reduce((sum, point) => sum + point.marks, 0), points, context: ['Northgate Brewhouse', 'Leeds'], command: 'evaluate', ...extra };
}

const resultFor = (points: MarkingPoint[], answer: string, extra: Partial<MarkableScenario> = {}) => markAnswer(scenarioWith(points, extra), answer);

describe('markAnswer from the examiner wording alone', () => {
  it('credits a KPI tied to a business goal in other words', () => {
    const answer = "We will track cost per acquisition so the campaign's results feed the company's revenue target.";
    const [point] = resultFor([goalsPoint], answer).points;
    expect(point?.status).toBe('earned');
    expect(point?.marks).toBe(4);
    const evidence = point?.evidence.map((span) => answer.slice(span.start, span.end)) ?? [];
    expect(evidence).toEqual(expect.arrayContaining(['cost per acquisition', 'revenue']));
  });

  it('does not credit a bare assertion that KPIs and goals matter', () => {
    const [point] = resultFor([goalsPoint], 'KPIs and goals are important.').points;
    expect(point?.status).toBe('not');
    expect(point?.marks).toBe(0);
  });

  it('gives nothing for a negated point', () => {
    const [point] = resultFor([{ id: 'roi', statement: 'Measures return on investment', marks: 2 }], 'We will not track ROI in the first phase of the campaign.').points;
    expect(point?.status).toBe('not');
    expect(point?.reason).toMatch(/only to reject it/);
  });

  it('meets verb forms through stemming', () => {
    const point: MarkingPoint = { id: 'align', statement: 'Aligns the content calendar with seasonal peaks', marks: 2 };
    const [result] = resultFor([point], 'The team is aligning its content calendar around the seasonal peak in December, when most gifts are bought.').points;
    expect(result?.status).toBe('earned');
  });

  it('refuses a bare list of terms and the marking points pasted back', () => {
    const points: MarkingPoint[] = [
      goalsPoint,
      { id: 'listening', statement: 'Uses social listening to track sentiment and competitor activity', marks: 4 },
      { id: 'crisis', statement: 'Sets out an escalation procedure for negative feedback', marks: 4 },
    ];
    const stuffed = 'KPIs, ROI, CPA, CTR, business goals, social listening, sentiment, competitors, escalation, crisis, negative feedback, SMART, RACE, UGC';
    const pasted = points.map((point) => `${point.statement}.`).join(' ');
    expect(resultFor(points, stuffed).total).toBeLessThanOrEqual(12 / 5);
    expect(resultFor(points, pasted).total).toBeLessThanOrEqual(12 / 5);
    expect(resultFor(points, stuffed).notes.join(' ')).toMatch(/Lists of terms/);
  });

  it('asks for application to the case when the point demands it', () => {
    const point: MarkingPoint = { id: 'audience', statement: 'Identifies the target audience for the launch', marks: 2, hints: { accept: [], require: [], reject: [], application: true, reasoning: false } };
    const generic = resultFor([point], 'The first step is to identify a target audience for the launch of the product.').points[0];
    const applied = resultFor([point], 'Northgate Brewhouse should identify its target audience for the launch: drinkers aged 25-40 in Leeds.').points[0];
    expect(generic?.status).toBe('partly');
    expect(generic?.reason).toMatch(/how it applies to this case/);
    expect(applied?.status).toBe('earned');
  });

  it('asks for reasoning when the point demands it', () => {
    const point: MarkingPoint = { id: 'paid', statement: 'Justifies the use of paid social targeting', marks: 4, hints: { accept: [], require: [], reject: [], application: false, reasoning: true } };
    const bare = resultFor([point], 'We will use paid social with lookalike targeting of drinkers in Leeds.').points[0];
    const reasoned = resultFor([point], 'We will use paid social with lookalike targeting because organic reach on Instagram is too low to find new drinkers.').points[0];
    expect(bare?.status).toBe('partly');
    expect(reasoned?.status).toBe('earned');
  });

  it('honours accepted and rejected phrasings', () => {
    const point: MarkingPoint = {
      id: 'why',
      statement: 'Starts from the purpose behind the strategy',
      marks: 2,
      hints: { accept: ['answers the why question first'], require: [], reject: ['purpose is important'], application: false, reasoning: false },
    };
    expect(resultFor([point], 'Our plan answers the why question first, before any channel is chosen.').points[0]?.status).toBe('earned');
    expect(resultFor([point], 'Purpose is important for the strategy.').points[0]?.status).toBe('not');
  });

  it('caps the total at the scenario marks and is deterministic', () => {
    const points: MarkingPoint[] = [goalsPoint, { ...goalsPoint, id: 'again' }];
    const answer = "We will track cost per acquisition so the campaign's results feed the company's revenue target.";
    const first = markAnswer({ ...scenarioWith(points), marks: 5 }, answer);
    expect(first.total).toBe(5);
    expect(markAnswer({ ...scenarioWith(points), marks: 5 }, answer)).toEqual(first);
  });

  it('tells a very short answer why it earns little', () => {
    const result = resultFor([goalsPoint], 'Use KPIs.', { words: { min: 300, max: 600 } });
    expect(result.notes.join(' ')).toMatch(/has 2 words/);
  });
});

describe('markAnswer with an author\'s concept groups', () => {
  const disclosure: MarkingPoint = {
    id: 'disclosure',
    statement: 'Recommends that every creator post, including gifted posts, carries a clear upfront Ad or #ad label to meet ASA and CAP rules',
    marks: 4,
    hints: {
      accept: [],
      require: [['label', 'ad', 'advertising', 'sponsored'], ['upfront', 'start', 'first', 'top', 'beginning'], ['gifted', 'gift', 'free product'], ['asa', 'cap', 'regulator', 'watchdog']],
      reject: [],
      application: false,
      reasoning: false,
    },
  };

  it('judges the point on the groups, so other words earn it', () => {
    const answer = 'Every creator post should be marked as advertising right at the top, and that includes creators we only send a free product to, or the advertising watchdog will act again.';
    expect(resultFor([disclosure], answer).points[0]?.status).toBe('earned');
  });

  it('gives part of the marks when only some of the groups are met', () => {
    const answer = 'Influencers should label their posts as advertising, because the regulator expects it.';
    const [point] = resultFor([disclosure], answer).points;
    expect(point?.status).toBe('partly');
    expect(point?.marks).toBe(2);
  });

  it('reads a point across the sentences of one paragraph, not across paragraphs', () => {
    const together = 'Every post needs an Ad label. It goes at the start of the caption. Gifted posts are included, as the ASA treats a free product as payment.';
    const apart = 'Every post needs an Ad label.\n\nIt goes at the start of the caption.\n\nGifted posts are included, as the ASA treats a free product as payment.';
    expect(resultFor([disclosure], together).points[0]?.status).toBe('earned');
    expect(resultFor([disclosure], apart).points[0]?.status).not.toBe('earned');
  });
});

describe('markAnswer against gaming', () => {
  const points: MarkingPoint[] = [
    { id: 'contracts', statement: 'Recommends written contracts covering usage rights or whitelisting, approvals, exclusivity and performance-related payment', marks: 4 },
    { id: 'holdout', statement: 'Recommends a holdout or incrementality test to measure the sales the campaign actually added', marks: 3 },
    { id: 'suppression', statement: 'Recommends excluding recent full-price customers from discount ads to protect margin', marks: 3 },
  ];

  it('refuses the statements handed back with light rewording', () => {
    const pasted = [
      'Northgate Brewhouse should have written contracts covering usage rights or whitelisting, approvals, exclusivity and performance related payment.',
      'Northgate Brewhouse should use a holdout or incrementality test to measure the sales the campaign actually added.',
      'Recent full-price customers should be excluded from discount ads to protect margin.',
    ].join('\n\n');
    const result = resultFor(points, pasted);
    expect(result.total).toBeLessThanOrEqual(10 / 5);
    expect(result.notes.join(' ')).toMatch(/Repeating a marking point/);
  });

  it('refuses a list of terms dressed as a sentence', () => {
    const stuffed = 'Northgate Brewhouse must leverage contracts with whitelisting, usage rights, approvals, exclusivity and performance-based payment, holdout tests, incrementality, control groups, suppression lists and full-price exclusions.';
    expect(resultFor(points, stuffed).total).toBeLessThanOrEqual(10 / 5);
  });

  it('still credits a statement used as a topic sentence and developed with the case', () => {
    const answer = 'I recommend a holdout test to measure the sales the campaign actually added. Northgate Brewhouse should keep the ads from a random tenth of its Leeds customers and compare what they buy, because that difference is what the ads caused.';
    expect(resultFor(points, answer).points.find((point) => point.id === 'holdout')?.status).toBe('earned');
  });

  it('does not take figures for a list', () => {
    const answer = 'Meta claimed 1,450, Google Ads 2,050 and TikTok 210 conversions, 3,710 in total, against 3,100 bookings, so we should run a holdout test to measure the sales the campaign actually added.';
    expect(resultFor(points, answer).points.find((point) => point.id === 'holdout')?.status).toBe('earned');
  });
});

describe('markAnswer reads negation by clause', () => {
  const pillars: MarkingPoint = { id: 'pillars', statement: 'Recommends content pillars and a content calendar', marks: 2 };

  it('carries a negator to the end of its clause', () => {
    const answer = 'I also do not see the point of formal content pillars or a planned content calendar for a small studio.';
    expect(resultFor([pillars], answer).points[0]?.status).toBe('not');
  });

  it('stops a negator at a turn in the argument', () => {
    const answer = 'We should not post at random, but plan three content pillars in a monthly content calendar.';
    expect(resultFor([pillars], answer).points[0]?.status).toBe('earned');
  });

  it('does not read "not only" as a denial', () => {
    const answer = 'Northgate Brewhouse needs not only content pillars but also a content calendar, so each week of posts follows a theme its Leeds drinkers recognise.';
    expect(resultFor([pillars], answer).points[0]?.status).toBe('earned');
  });

  it('takes a dismissal as denying what it dismisses', () => {
    const answer = 'Content pillars and a content calendar are unnecessary for a small studio.';
    expect(resultFor([pillars], answer).points[0]?.status).toBe('not');
  });
});

describe('markAnswer reads passages as a learner writes them', () => {
  const budget: MarkingPoint = {
    id: 'budget',
    statement: 'Splits the monthly budget across named uses',
    marks: 2,
    hints: { accept: [], require: [['300', '100'], ['ads', 'boost', 'prizes']], reject: [], application: false, reasoning: true },
  };

  it('does not borrow a reason from the next paragraph', () => {
    const apart = 'Spend £300 on Instagram ads and £100 on prizes.\n\nTom should make the videos because he films well.';
    const together = 'Spend £300 on Instagram ads and £100 on prizes, because ads reach new readers and prizes bring people in.';
    expect(resultFor([budget], apart).points[0]?.status).toBe('partly');
    expect(resultFor([budget], together).points[0]?.status).toBe('earned');
  });

  it('keeps a label and its colon with what follows', () => {
    const swot: MarkingPoint = { id: 'strengths', statement: 'Identifies internal strengths', marks: 2, hints: { accept: [], require: [['strengths'], ['outlets', 'baristas']], reject: [], application: false, reasoning: false } };
    expect(resultFor([swot], 'Strengths: 14 outlets and baristas whose latte art does well on video.').points[0]?.status).toBe('earned');
  });

  it('lets a new clause after "and" escape an earlier negation', () => {
    const rival: MarkingPoint = { id: 'rival', statement: 'Benchmarks against the rival', marks: 2, hints: { accept: [], require: [['rival']], reject: [], application: false, reasoning: false } };
    const answer = 'People do not react to its posts much any more and its rival gets talked about far more.';
    expect(resultFor([rival], answer).points[0]?.status).toBe('earned');
  });

  it('reads a list with a reason as an argument', () => {
    const mix: MarkingPoint = { id: 'mix', statement: 'Recommends a sustainable posting frequency and content mix', marks: 2, hints: { accept: [], require: [['a week'], ['videos', 'stories']], reject: [], application: false, reasoning: false } };
    const answer = 'I would cut to six or seven a week, mostly short videos with some member stories and a few timetable and offer posts, and drop the quotes, since that is what Jade can keep up and what people respond to.';
    expect(resultFor([mix], answer).points[0]?.status).toBe('earned');
  });
});

describe('markAnswer with plans, bullets and short fragments', () => {
  const split: MarkingPoint = {
    id: 'split',
    statement: 'Splits the budget across named uses',
    marks: 2,
    hints: { accept: [], require: [['creators', 'paid social'], ['referral'], ['testing', 'reviews']], reject: [], application: false, reasoning: false },
  };

  it('reads a budget breakdown with a figure per item as a plan, not a list', () => {
    const answer = 'The £75,000 splits into £35,000 for creators and paid social, £15,000 for referral rewards, £10,000 for email, £8,000 for community management and £7,000 for reviews and testing.';
    expect(resultFor([split], answer).points[0]?.status).toBe('earned');
  });

  it('reads a run of bullets as one passage', () => {
    const answer = 'Budget:\n- £35,000 for creators and paid social\n- £15,000 for referral rewards\n- £7,000 for testing';
    expect(resultFor([split], answer).points[0]?.status).toBe('earned');
  });

  it('lets a passage run past a short fragment, which itself lends nothing', () => {
    const twoUses: MarkingPoint = { ...split, hints: { accept: [], require: [['creators'], ['testing']], reject: [], application: false, reasoning: false } };
    const across = 'Creators and paid social take most of the money. Referral rewards next; then the rest goes on testing, since that shows what works.';
    expect(resultFor([twoUses], across).points[0]?.status).toBe('earned');
    // The fragment lends nothing, so one group of two is met, with no reason or case beside it:
    // that earns nothing (partial-reason); without that rule it would earn half.
    const bare = 'Creators and paid social take most of the money. Referral rewards next; testing last.';
    expect(resultFor([twoUses], bare).points[0]?.status).toBe('not');
    expect(markAnswer(scenarioWith([twoUses]), bare, markerParameters({ disabledRules: ['partial-reason'] })).points[0]?.status).toBe('partly');
  });

  it('reads a list that gives examples as an argument', () => {
    const mix: MarkingPoint = { id: 'mix', statement: 'Recommends a content mix', marks: 3, hints: { accept: [], require: [['brew-day'], ['curated'], ['customers']], reject: [], application: false, reasoning: false } };
    const answer = "The mix should combine original content, such as brew-day videos and tasting notes, with curated content, such as credited posts from beer festivals and partner pubs, and content from customers' photos of cans and taproom visits, reshared with permission and credit.";
    expect(resultFor([mix], answer).points[0]?.status).toBe('earned');
  });

  it('limits "without" to its own object', () => {
    const legal: MarkingPoint = { id: 'legal', statement: 'Explains the legal risk of green claims', marks: 2, hints: { accept: [], require: [['cma', 'regulator'], ['claims']], reject: [], application: false, reasoning: false } };
    const answer = 'Green claims made without proof could land the brand in trouble with the CMA.';
    expect(resultFor([legal], answer).points[0]?.status).toBe('earned');
  });

  it('refuses one bare sentence that names several points at once', () => {
    const points: MarkingPoint[] = [
      { id: 'pacing', statement: 'Paces the budget', marks: 3, hints: { accept: [], require: [['budget'], ['pacing', 'pace']], reject: [], application: false, reasoning: false } },
      { id: 'exclusions', statement: 'Excludes bookers', marks: 3, hints: { accept: [], require: [['segmentation', 'segments'], ['exclusions', 'exclude']], reject: [], application: false, reasoning: false } },
      { id: 'escalation', statement: 'Escalation path', marks: 3, hints: { accept: [], require: [['moderation'], ['escalation']], reject: [], application: false, reasoning: false } },
    ];
    const crammed = 'The shop should pace its budget, use segmentation to exclude past bookers, and build moderation into an escalation framework.';
    const result = resultFor(points, crammed);
    expect(result.total).toBe(0);
    expect(setAsideSentences(scenarioWith(points), crammed).map((sentence) => sentence.reason)).toEqual(['crammed']);
  });
});

describe('readableLabel', () => {
  it('names a concept group by its first phrasing without connecting words', () => {
    expect(readableLabel(['curated posts from', 'credit'])).toBe('curated posts');
    expect(readableLabel(['original content such as'])).toBe('original content');
    expect(readableLabel(['the asa', 'cap'])).toBe('asa');
    expect(readableLabel(['from'])).toBe('from');
  });
});

describe('reasons name what is missing in the examiner’s terms', () => {
  const holdout: MarkingPoint = { id: 'holdout', statement: 'Recommends a holdout test to measure the sales the campaign actually added', marks: 2 };

  it('names the missing clause of the statement, not the words that would earn it', () => {
    const [point] = resultFor([holdout], 'Northgate Brewhouse should run a holdout test on December sales with a tenth of its Leeds customers.').points;
    expect(point?.status).toBe('partly');
    expect(point?.reason).toContain('“to measure the sales the campaign actually added”');
    expect(point?.reason).not.toMatch(/say more about/);
  });

  it('uses the author’s missing text when the point gives one', () => {
    const withMissing: MarkingPoint = { ...holdout, missing: 'what the test would prove about the campaign' };
    const partly = resultFor([withMissing], 'Northgate Brewhouse should run a holdout test on December sales with a tenth of its Leeds customers.').points[0];
    expect(partly?.reason).toContain('what the test would prove about the campaign');
    const none = resultFor([withMissing], 'Post more often on Instagram.').points[0];
    expect(none?.status).toBe('not');
    expect(none?.reason).toContain('what the test would prove about the campaign');
  });
});

describe('a reason need not say "because"', () => {
  const scenario: MarkableScenario = {
    marks: 2,
    command: 'evaluate',
    context: ['Brightwell'],
    points: [
      {
        id: 'strength',
        statement: 'Identifies a strength of the framework for this organisation, with reasons',
        marks: 2,
        hints: { accept: [], reject: [], require: [['strength', 'sequence'], ['no objectives', 'team of three']], application: true, reasoning: true },
      },
    ],
  };
  it.each([
    'Brightwell had no objectives before; the sequence made the team set them first. The result was one plan for all four showrooms.',
    'Its sequence is a strength for Brightwell, which had no objectives: it made the team agree targets before buying ads.',
  ])('hears a consequence as reasoning: “%s”', (answer) => {
    expect(markAnswer(scenario, answer).points[0]?.status).toBe('earned');
  });
  it('still asks for one', () => {
    expect(markAnswer(scenario, 'Brightwell had no objectives. Its sequence is a strength.').points[0]?.status).toBe('partly');
  });
});
