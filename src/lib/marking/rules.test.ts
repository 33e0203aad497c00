import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS, RULE_NAMES, type RuleName, markerParameters } from './params.ts';
import { deniedWords } from './read.ts';
import { classifySentence, echoReader, firstRule, sentenceFacts, stockPhraseCount } from './rules.ts';
import { STOCK_PHRASES } from './lexicon.ts';
import { analyse } from './text.ts';
import { demandedItems } from './crosspoint.ts';
import { markAnswerInDetail, setAsideSentences } from './marker.ts';
import { preparePoint, withoutExampleLists } from './statement.ts';
import type { MarkingPoint } from '../content/schemas.ts';

const classify = (text: string, params = DEFAULT_PARAMETERS, echoes = false) => classifySentence(sentenceFacts(analyse(text).tokens, text, echoes), params);
const ruleFor = (text: string, params = DEFAULT_PARAMETERS) => firstRule(sentenceFacts(analyse(text).tokens, text, false), params)?.name ?? null;
const without = (rule: RuleName) => markerParameters({ disabledRules: [rule] });

/** Each sentence rule: sentences it sets aside, sentences it must leave alone, and that switching it off lets them through. */
const SENTENCE_TABLES: { rule: RuleName; reason: string; sets: string[]; leaves: string[] }[] = [
  {
    rule: 'term-list',
    reason: 'list',
    sets: ['Use KPIs ROI CPA CTR sentiment UGC influencers hashtags targeting retargeting'],
    leaves: ['Track cost per acquisition against the revenue target each week, and move budget to the channel that wins.'],
  },
  {
    rule: 'comma-list',
    reason: 'list',
    sets: ['KPIs, ROI, CPA, CTR, sentiment, UGC', 'Reach, engagement, conversion, loyalty, advocacy'],
    leaves: ['We will track reach, then engagement, so that the team sees which posts work for Leeds drinkers.'],
  },
  {
    rule: 'fragment',
    reason: 'fragment',
    sets: ['Strengths', 'Threats competition', 'household budgets second'],
    leaves: ['We should post twice a week.', 'Budget pacing matters because December ends early.'],
  },


  {
    rule: 'stock-phrases',
    reason: 'stock',
    sets: [
      "Holloway's should leverage an omnichannel strategy that drives engagement and builds authentic brand storytelling.",
      'In today’s fast-moving digital landscape, the brand needs a holistic, customer-centric approach.',
      'Innovation is a mindset, and a bias for action is the beating heart of the brand.',
    ],
    leaves: [
      'A robust holdout test, hiding the ads from a random tenth of Leeds customers, shows what the ads really added.',
      'Weekly reels of the grotto build anticipation among parents in Worcestershire before bookings open.',
    ],
  },
  {
    rule: 'keyword-list',
    reason: 'list',
    sets: ['On the holding statement, the key words are within 24 hours, transparency, silence and ten days.', 'The key terms to use here are brand safety, frequency capping, lookalike audiences and recency.'],
    leaves: ['Bidding on the brand’s key words in search, such as “Holloway’s grotto”, costs little because rivals rarely bid on them.'],
  },
  {
    rule: 'word-string',
    reason: 'list',
    sets: [
      'Grotto tickets sold out Saturday queue parents refunds weekend slots pause',
      'Crisis holding statement 24 hours transparency apology timeline Maren Vale customers refund',
      'Taproom visitors on Monday and Thursday evenings quiz nights local brewers tour cask ale tasting flights pizza van',
      'Internal: Instagram 9,400 followers twelve reels latte art 80,000 views baristas weekend queues, Facebook 6,000 quiet.',
    ],
    leaves: [
      'Strengths: 48,000 Instagram followers, 14 outlets, signature iced coffee',
      "Fernleaf Books' social media should serve Hannah Okafor's two business goals: growing online revenue by half and filling the author events.",
      'Author events currently sell 22 tickets of 40',
      'Cap frequency at three a week so the December budget is not spent on the same buyers.',
    ],
  },
  {
    rule: 'topic-list',
    reason: 'list',
    sets: [
      'Churn at Ridgeway is about the price rise, the skip button and the onboarding emails.',
      'It is also about the cost barrier and the membership gap.',
      'The campaign comes down to reach, trust and the Black Friday window.',
    ],
    leaves: [
      'Almost two-thirds of those returns are about fit.',
      'Six pounds of costs on a £38 order is about 16% of revenue and the margin.',
      'This is about belief rather than forgetting, so a better reminder would not move owners.',
      'The offer is "no contract", which is about freedom and low risk.',
    ],
  },
  {
    rule: 'prose-list',
    reason: 'list',
    sets: ['Leverage ASA compliance, #ad disclosure, contracts with whitelisting, usage rights, approvals and exclusivity, holdouts and suppression lists.'],
    leaves: [
      'Leverage ASA compliance, #ad disclosure, contracts with whitelisting, usage rights, approvals and exclusivity, because gifted posts are advertising.',
      'Use formats such as reels, stories, carousels, lives, polls, quizzes, memes and guides.',
    ],
  },
  {
    rule: 'directive-list',
    reason: 'list',
    sets: [
      'Holloway’s should focus on pacing, the grotto and tree sales.',
      'She should consider reliability, bias and limitations.',
      'The council should use a moderation policy, myth-busting posts and the AD plant.',
      'Jordan must also mention the FCA, the APR and Consumer Duty.',
    ],
    leaves: [
      'Holloway’s should focus on tree sales, not impressions, because the owners judge Christmas by trees.',
      'She should consider reliability, bias and limitations, since the operator publishes its own figures.',
      'The council should use myth-busting posts to show where the caddy waste goes.',
      'Ridgeway should track churn, complaints and skipped boxes each week.',
      'Aisha should reject Stride Global and Nook & Kettle.',
      'Priya should use lifetime budgets with scheduling, daily caps in the last fortnight and a weekly check against plan.',
    ],
  },

];

describe('sentence rules, each with its examples', () => {
  for (const table of SENTENCE_TABLES) {
    describe(table.rule, () => {
      it.each(table.sets)('sets aside “%s”', (text) => {
        expect(classify(text)).toBe(table.reason);
        expect(ruleFor(text)).toBe(table.rule);
        expect(ruleFor(text, without(table.rule))).not.toBe(table.rule);
      });
      it.each(table.leaves)('leaves “%s”', (text) => {
        expect(classify(text)).toBeNull();
      });
    });
  }

  describe('figure-plan', () => {
    const plan = '£35,000 creators, £15,000 referrals, £10,000 email, £8,000 community, £7,000 reviews, £5,000 testing.';
    it('spares a breakdown with a figure per item from the list rules', () => {
      expect(classify(plan)).toBeNull();
      expect(classify(plan, without('figure-plan'))).toBe('list');
    });
    it('does not spare a list whose figures stand alone as items', () => {
      expect(classify('Fit: size guide, fit videos, returns, 19%, 64%, 12% target, margin, exchanges.')).toBe('list');
    });
    it.each([
      'Goals: SMART, churn 5%, 22,000 subscribers, referrals, CPA £48.',
      'Results, reach, 2.1 million views, sales -6%, brand goals, ROI.',
      'Paid: Meta £9,000, 31 leads, CPL, click rate, 12 demos, CTR 0.7%.',
      'KPIs: 90 trials, 35% conversion, £25 intro, £79 membership, UTM, CPA, click rate.',
    ])('does not spare “%s”: metrics named with their figures are terms, not a plan', (text) => {
      expect(classify(text)).toBe('list');
    });
    it('spares targets set out at length, one per item, with no money split', () => {
      const targets = 'KPIs: trial sign-ups from social (target 40 a month), trial-to-member conversion (target 40%), and cost per sign-up from the £700 ad spend.';
      expect(classify(targets)).toBeNull();
      expect(classify(targets, without('figure-plan'))).toBe('list');
    });
  });

  describe('echo', () => {
    const scenario = { points: [{ id: 'holdout', statement: 'Recommends a holdout or incrementality test to measure the sales the campaign actually added', marks: 3 }], context: ['Northgate Brewhouse'] };
    const echoes = echoReader(scenario, DEFAULT_PARAMETERS);
    it.each([
      'Northgate Brewhouse should use a holdout or incrementality test to measure the sales the campaign actually added.',
      'A holdout test measures the sales the campaign actually added.',
    ])('hears “%s” as the statement handed back', (text) => {
      expect(echoes(text).statement).toBe(true);
      expect(classify(text, DEFAULT_PARAMETERS, true)).toBe('echo');
    });
    it.each([
      'Keep the ads from a random tenth of Leeds customers and compare what they buy, because that gap is what the ads caused.',
      'A holdout test, hiding ads from 10% of the list, would show the sales the campaign added over the 6 weeks.',
    ])('hears “%s” as the learner’s own', (text) => {
      expect(echoes(text).statement).toBe(false);
    });
  });
});

describe('reading rules for denial', () => {
  const denied = (text: string, word: string, params = DEFAULT_PARAMETERS) => {
    const { tokens } = analyse(text);
    const flags = deniedWords(text, tokens, params);
    return flags[tokens.findIndex((token) => token.lower === word)];
  };
  it.each([
    ['We will not track ROI in the first phase.', 'roi', true],
    ['I do not see the point of content pillars or a calendar.', 'calendar', true],
    ['We should not post at random, but plan a calendar.', 'calendar', false],
    ['We need not only pillars but also a calendar.', 'pillars', false],
    ['The buying decision is not made by procurement alone.', 'procurement', false],
    ['Claims made without proof could land the brand in trouble with the CMA.', 'cma', false],
    ['Claims made without proof are risky.', 'proof', true],
  ])('negation: “%s” denies “%s”: %s', (text, word, expected) => {
    expect(denied(text, word)).toBe(expected);
    if (expected) expect(denied(text, word, without('negation'))).toBe(false);
  });
  it.each([
    ['Written contracts are unnecessary.', 'contracts', true],
    ['Contracts protect us, because a dispute is unnecessary.', 'contracts', false],
  ])('dismissal: “%s” denies “%s”: %s', (text, word, expected) => {
    expect(denied(text, word)).toBe(expected);
    if (expected) expect(denied(text, word, without('dismissal'))).toBe(false);
  });
});

describe('a rule that forbids is not a rejection', () => {
  const denied = (text: string, word: string, params = DEFAULT_PARAMETERS) => {
    const { tokens } = analyse(text);
    return deniedWords(text, tokens, params)[tokens.findIndex((token) => token.lower === word)];
  };
  it.each([
    ['Hiding the fee until checkout is not allowed under the DMCC Act.', 'dmcc', false],
    ['Kettleby must not hide the joining fee until checkout.', 'checkout', false],
    ['Staff must never delete complaints from the page.', 'complaints', false],
    ['A holdout test is not needed here.', 'needed', true],
    ['We should not bother with a holdout test.', 'holdout', true],
    ['I don’t think the posts need to be labelled as ads.', 'labelled', true],
  ])('“%s”: “%s” denied: %s', (text, word, expected) => {
    expect(denied(text, word)).toBe(expected);
    if (!expected) expect(denied(text, word, without('prohibition'))).toBe(true);
  });

  it('an idea the statement itself denies is met by an answer that denies it', () => {
    const point: MarkingPoint = {
      id: 'reach',
      statement: 'Recognises that the council’s social channels will not reach every household, and proposes leaflets for flats',
      marks: 2,
      hints: { accept: [], require: [['reach', 'see'], ['leaflet', 'letter', 'door']], reject: [], application: false, reasoning: false },
    };
    const scenario = { marks: 2, points: [point], context: ['Tarnside'], command: 'discuss' as const };
    const answer = 'Facebook posts will not reach older residents in the flats, so Tarnside should put a leaflet through every door there.';
    expect(markAnswerInDetail(scenario, answer).result.points[0]?.status).toBe('earned');
    expect(markAnswerInDetail(scenario, answer, without('polarity')).result.points[0]?.status).toBe('partly');
  });

  it('a harm the statement names ("the risk of encouraging borrowing") is met by an answer that warns against it', () => {
    const point: MarkingPoint = {
      id: 'vulnerability',
      statement: 'Recognises the risk of encouraging borrowing among financially stretched young people, and proposes responsible messaging',
      marks: 2,
      hints: { accept: [], require: [['borrowing', 'debt', 'loans'], ['responsible', 'budgeting', 'debt advice']], reject: [], application: false, reasoning: false },
    };
    const scenario = { marks: 2, points: [point], context: ['Oakbridge'], command: 'discuss' as const };
    const answer = 'Dont push debt on young members who are already struggling with rent. Every Reel should end with budgeting tips and a link to a free money helpline, because Oakbridge answers to the Consumer Duty.';
    expect(markAnswerInDetail(scenario, answer).result.points[0]?.status).toBe('earned');
    expect(markAnswerInDetail(scenario, answer, without('polarity')).result.points[0]?.status).not.toBe('earned');
  });

  it('what a statement sets out to replace or reject, read from its wording alone, is met by an answer that refuses it', () => {
    const point: MarkingPoint = {
      id: 'claims',
      statement: 'Justifies replacing "zero waste" and "plastic free" with specific claims the shop can evidence, such as its refill stations',
      marks: 4,
    };
    const scenario = { marks: 4, points: [point], context: ['Pantry Lane'], command: 'justify' as const };
    const answer =
      'Pantry Lane should not call itself zero waste or plastic free, since its deliveries still arrive wrapped in film and a shopper could prove the words false. It can say what is true instead: 40% of its range is sold from refill stations, which customers can see for themselves.';
    expect(markAnswerInDetail(scenario, answer).result.points[0]?.status).not.toBe('not');
    const withoutPolarity = markAnswerInDetail(scenario, answer, without('polarity')).result.points[0];
    expect(withoutPolarity?.status).toBe('not');
    expect(withoutPolarity?.reason).toMatch(/only to reject it/);
  });

  it('a belief a statement reports as doubted ("who doubt annual checks are needed") is met by an answer that reports the denial', () => {
    const point: MarkingPoint = {
      id: 'belief',
      statement: 'Analyses the owners who doubt annual checks are needed as a knowledge barrier that reminders alone will not fix',
      marks: 4,
    };
    const scenario = { marks: 4, points: [point], context: ['Mere Vets'], command: 'analyse' as const };
    const answer =
      'About a fifth of owners told Mere Vets that annual checks are not needed for an indoor cat, so another reminder will not change their minds. A vet explaining the actual risk at the next visit is more likely to, because the barrier is knowledge rather than memory.';
    expect(markAnswerInDetail(scenario, answer).result.points[0]?.status).not.toBe('not');
    expect(markAnswerInDetail(scenario, answer, without('polarity')).result.points[0]?.reason).toMatch(/only to reject it/);
  });
});

describe('arguing against an idea', () => {
  const point: MarkingPoint = {
    id: 'tracking',
    statement: 'Recommends tracking sales from social with UTM links or voucher codes',
    marks: 2,
    hints: { accept: [], require: [['utm', 'voucher', 'discount code'], ['sales', 'orders']], reject: [], application: false, reasoning: false },
  };
  const scenario = { marks: 2, points: [point], context: ['Fernleaf'], command: 'discuss' as const };
  const status = (answer: string, params = DEFAULT_PARAMETERS) => markAnswerInDetail(scenario, answer, params).result.points[0]?.status;
  it.each([
    'Measuring orders from social is not realistic for Fernleaf, so I wouldn’t bother with UTM links or voucher codes.',
    'UTM links and voucher codes on every post to count sales are not worth the effort for a small shop.',
    'With so few orders, UTM links and voucher codes to count sales from social would waste the owner’s evenings.',
    'UTM links and voucher codes that tie sales to posts can safely be ignored at this size.',
    'UTM links and voucher codes to count sales would only complicate a campaign this small.',
    'For a shop this size, UTM links and voucher codes that count sales don’t really matter.',
    'UTM links and voucher codes to count sales would not be needed, since the owner reads the till.',
    'For a shop this size, UTM links and voucher codes that count sales wouldn’t be necessary.',
    'I would argue against the owner spending her evenings on UTM links and voucher codes to count sales.',
    'I’m against counting sales from social with UTM links and voucher codes here.',
    'Tagging every post with UTM links and voucher codes to count sales is far too slow for one part-time owner.',
  ])('earns nothing for “%s”', (answer) => {
    expect(status(answer)).toBe('not');
    expect(status(answer, without('rejection'))).not.toBe('not');
  });
  it.each([
    'Some people say we should judge the campaign on UTM links and voucher codes that show which sales social brought in, but that is wrong.',
    'Some people will say the shop should count sales from social with UTM links and voucher codes, but I do not agree.',
    'Others would put UTM links and voucher codes on every Instagram post so the owner could see which sales came from each one, but I don’t agree.',
  ])('reads an idea reported and then dismissed as rejected: “%s”', (answer) => {
    expect(status(answer)).toBe('not');
    expect(status(answer, without('rejection'))).not.toBe('not');
  });
  it('keeps the reason a learner gives after refusing something else', () => {
    expect(status('I would not judge it on likes, because only UTM links and voucher codes show which sales social brought in.')).toBe('earned');
  });
});

describe('part of a point', () => {
  const point: MarkingPoint = {
    id: 'exclusions',
    statement: 'Recommends excluding recent full-price buyers from the discount ads to protect margin',
    marks: 2,
    hints: { accept: [], require: [['exclude', 'leave out', 'suppress'], ['margin', 'profit']], reject: [], application: false, reasoning: false },
  };
  const scenario = { marks: 2, points: [point], context: ['Dewbright', 'Black Friday'], command: 'recommend' as const };
  const status = (answer: string, params = DEFAULT_PARAMETERS) => markAnswerInDetail(scenario, answer, params).result.points[0]?.status;
  it('earns half with a reason or the case, nothing when named bare', () => {
    const bare = 'Another idea is to exclude shoppers who paid full price in October from the ads.';
    expect(status(bare)).toBe('not');
    expect(status(bare, markerParameters({ disabledRules: ['partial-reason', 'own-words'] }))).toBe('partly');
    expect(status('Dewbright should exclude last month’s buyers from the Black Friday ads.')).toBe('partly');
    expect(status('Exclude recent buyers from the ads, because they would only buy again at a lower price.')).toBe('partly');
  });
});

describe('examples in a statement or an answer', () => {
  it('reads “e.g.” as part of its sentence, not the end of one', () => {
    expect(analyse('Use proof, e.g. the 85,000 views of the anchor bolt video. Then test.').sentences).toHaveLength(2);
  });
});

describe('answer-level rules', () => {
  const points: MarkingPoint[] = [
    { id: 'pacing', statement: 'Paces the budget', marks: 3, hints: { accept: [], require: [['budget'], ['pacing', 'pace']], reject: [], application: false, reasoning: false } },
    { id: 'exclusions', statement: 'Excludes bookers', marks: 3, hints: { accept: [], require: [['segmentation', 'segments'], ['exclusions', 'exclude']], reject: [], application: false, reasoning: false } },
    { id: 'escalation', statement: 'Escalation path', marks: 3, hints: { accept: [], require: [['moderation'], ['escalation']], reject: [], application: false, reasoning: false } },
  ];
  const scenario = { marks: 9, points, context: ['Holloway'], command: 'recommend' as const };
  it('crammed: one bare sentence naming three points earns none of them, unless switched off', () => {
    const crammed = 'The shop should pace its budget, use segmentation to exclude past bookers, and build moderation into an escalation framework.';
    expect(markAnswerInDetail(scenario, crammed).result.total).toBe(0);
    expect(markAnswerInDetail(scenario, crammed, without('crammed')).result.total).toBeGreaterThan(0);
  });
  it('crammed: a name with a digit in it is not a figure, and four points in one sentence are crammed even with a reason', () => {
    const fourPoints: MarkingPoint[] = [...points, { id: 'tracking', statement: 'Tracks sales', marks: 3, hints: { accept: [], require: [['utm'], ['ga4']], reject: [], application: false, reasoning: false } }];
    const wide = { ...scenario, marks: 12, points: fourPoints };
    const named = 'The shop should pace its budget, use segmentation to exclude past bookers, build moderation into an escalation framework and add UTM tags read in GA4.';
    const argued = 'The shop should pace its budget because of demand, so segmentation should exclude past bookers, so moderation needs an escalation framework, so UTM tags go to GA4.';
    for (const answer of [named, argued]) {
      expect(markAnswerInDetail(wide, answer).result.total).toBe(0);
      expect(markAnswerInDetail(wide, answer, without('crammed')).result.total).toBeGreaterThan(0);
    }
  });
  it('crammed: a list of what is needed whose items each name a different point names them all, even met in part', () => {
    const hinted = (id: string, require: string[][]): MarkingPoint => ({ id, statement: id, marks: 4, hints: { accept: [], require, reject: [], application: false, reasoning: false } });
    const launch = {
      marks: 20,
      context: ['Fellrun', 'Scafell'],
      command: 'recommend' as const,
      points: [
        hinted('claims', [['green claims'], ['recycled'], ['evidence']]),
        hinted('reviews', [['reviews'], ['verified buyers'], ['disclosed']]),
        hinted('returns', [['returns'], ['size guide'], ['fit videos']]),
        hinted('warm', [['warm'], ['segments'], ['cheaper']]),
        hinted('budget', [['budget split', 'budget'], ['kpis', 'kpi']]),
      ],
    };
    const named = 'The Scafell launch needs specific green claims, genuine unconditional reviews, fit content to cut returns, a launch to warm segments first and a budget split with KPIs.';
    expect(setAsideSentences(launch, named).map((sentence) => sentence.reason)).toEqual(['crammed']);
    expect(markAnswerInDetail(launch, named).result.total).toBe(0);
    expect(markAnswerInDetail(launch, named, without('crammed')).result.total).toBeGreaterThan(0);
    // The parts of one point, listed, are a plan for it.
    const plan = 'The Scafell launch needs a budget split by week, KPIs for each channel, a named owner for the budget and a KPI review every Monday.';
    expect(setAsideSentences(launch, plan)).toEqual([]);
  });
  it('finds the items of a list of what is needed: four or more, none a figure', () => {
    const items = (text: string) => demandedItems(text, 0, text.length).map(([from, to]) => text.slice(from, to).trim());
    expect(items('The launch needs green claims, honest reviews, fit content and a budget split.')).toEqual(['The launch needs green claims', 'honest reviews', 'fit content', 'a budget split.']);
    expect(items('The launch needs green claims, honest reviews and fit content.')).toEqual([]);
    expect(items('The launch needs 3 claims, honest reviews, fit content and a budget split.')).toEqual([]);
    expect(items('Green claims, honest reviews, fit content and a budget split matter.')).toEqual([]);
  });
  it('pasted: an answer of statements handed back earns nothing, even beside each other', () => {
    const statements: MarkingPoint[] = [
      { id: 'a', statement: 'Recommends written contracts covering usage rights and approvals', marks: 2 },
      { id: 'b', statement: 'Recommends a holdout test to measure the sales the campaign added', marks: 2 },
    ];
    const pasted =
      'Holloway needs written contracts covering usage rights and approvals. That is because creators reuse the footage for months. Holloway needs a holdout test to measure the sales the campaign added.';
    const marked = (params = DEFAULT_PARAMETERS) => markAnswerInDetail({ marks: 4, points: statements, context: ['Holloway'], command: 'recommend' }, pasted, params).result.total;
    expect(marked()).toBe(0);
    expect(marked(markerParameters({ disabledRules: ['pasted', 'echo-evidence'] }))).toBeGreaterThan(0);
  });
  it('names every rule it can switch off', () => {
    expect(RULE_NAMES.length).toBeGreaterThanOrEqual(10);
  });
});

describe('rules against feedback-echo answers', () => {
  const pacing: MarkingPoint = { id: 'pacing', statement: 'Recommends pacing the £18,000 budget to follow demand across the season instead of spending most of it early', marks: 4 };
  const scenario = { marks: 4, points: [pacing], context: ["Holloway's", 'grotto', 'Worcestershire', '4,800'], command: 'recommend' as const };
  const marked = (answer: string, params = DEFAULT_PARAMETERS) => markAnswerInDetail(scenario, answer, params).result.points[0]?.status;

  it.each([
    "We will look closely at budget, pacing and demand this year. It is really worth thinking hard about season, spending and early.",
    "Holloway's needs pacing, budget and demand. Holloway's should focus on season, spending and early.",
  ])('development: “%s” earns nothing, as its evidence is only shown words with no development', (answer) => {
    expect(marked(answer)).toBe('not');
    expect(marked(answer, markerParameters({ disabledRules: ['development', 'vocabulary-echo'] }))).not.toBe('not');
  });

  it('development: ideas named bare earn nothing even in words the learner was not shown', () => {
    const answer = "Holloway's should focus on allocation, demand and the season.";
    expect(marked(answer)).toBe('not');
    // directive-list catches this sentence too; with it off, development alone is what holds.
    expect(marked(answer, without('directive-list'))).toBe('not');
    expect(marked(answer, markerParameters({ disabledRules: ['development', 'directive-list'] }))).not.toBe('not');
  });

  it.each([
    "Holloway's should pace the budget to follow demand across the season, because most grotto families book in the last three weeks.",
    "Holloway's should hold back the budget early in the season and spend it when demand peaks, such as the weekend after 20 November.",
    "Holloway's should pace its budget across the season to follow demand, keeping £8,000 for December.",
  ])('development: “%s” is developed, so it may earn', (answer) => {
    expect(marked(answer)).not.toBe('not');
  });

  it.each([
    "Because of Worcestershire, Holloway's should focus on pacing, budget and demand, for example 4,800. Holloway's should use season, spending and early because grotto matters, so Worcestershire improves.",
    "For grotto and 4,800, pacing, budget and season is important because it leads to results. Holloway's needs demand, spending and early, for instance at Worcestershire, which means better results for grotto.",
  ])('own-words: “%s” earns nothing: its reasons and examples are only the marking’s words and the case’s names', (answer) => {
    expect(marked(answer)).toBe('not');
    expect(marked(answer, without('own-words'))).not.toBe('not');
  });

  it('boilerplate: the same template sentence after every handed-back idea develops none of them', () => {
    const template = (figure: string) => `This matters for Holloway's because ${figure} shows that the current approach is not working, and it makes the problem clear.`;
    const answer = ['pacing the budget to follow demand.', 'spending across the season.', 'demand instead of early spending.'].map((idea, i) => `Holloway's should focus on ${idea} ${template(['4,800', '£18,000', '7,200'][i] ?? '')}`).join('\n\n');
    expect(marked(answer)).toBe('not');
    expect(marked(answer, without('boilerplate'))).not.toBe('not');
  });

  it('boilerplate: a recurring frame round different figures and names is a template too', () => {
    const frame = (figure: string, other: string) => `For example, ${figure} shows this, and the consequence is that Holloway's must act, because ${other} proves it.`;
    const answer = ['pacing', 'the budget', 'demand'].map((idea, i) => `Holloway's should think about ${idea}. ${frame(['4,800', 'the £18,000', '70% by 20 November'][i] ?? '', ['600 shares', '4,800', 'the 8% fall'][i] ?? '')}`).join('\n\n');
    expect(marked(answer)).toBe('not');
    expect(marked(answer, without('boilerplate'))).not.toBe('not');
  });

  it('boilerplate: the same opening words on four sentences are a formula, whatever follows them', () => {
    const answer = [
      'On the one hand, pacing the £18,000 budget to follow demand suits the grotto season.',
      'On the other hand, spending early is simpler for a small team.',
      'On the one hand, demand peaks in December with 4,800 grotto visits.',
      'On the other hand, early spending builds awareness.',
      'On the one hand, the season ends on 24 December.',
      'On the other hand, January matters too.',
      'On the one hand, families book late.',
      'On the other hand, some book early.',
      'It depends on what Holloway’s wants.',
    ].join(' ');
    expect(marked(answer)).toBe('not');
    expect(marked(answer, without('boilerplate'))).not.toBe('not');
    const weighed = 'On the one hand, spending early builds awareness. On the other hand, most grotto families book in the last three weeks, so Holloway’s should pace the £18,000 budget to follow demand and keep £8,000 for December.';
    expect(marked(weighed)).not.toBe('not');
  });

  it('stock-phrases: an answer dense with stock phrases loses every sentence that has one', () => {
    const buzz =
      "In today's fast-paced market, Holloway's must be customer-centric. Pacing the budget to follow demand is a best practice that resonates with families, so the season's spend should unlock sustainable growth. A robust plan keeps Holloway's ahead of the curve.";
    expect(marked(buzz)).toBe('not');
    expect(marked(buzz, without('stock-phrases'))).not.toBe('not');
  });

  describe('case-words', () => {
    const caseText =
      "Holloway's runs a grotto in Worcestershire. Last year the grotto sold 4,800 tickets, but 70% of the £18,000 budget was spent by 20 November. Parents' complaints were shared 600 times in a local group.";
    const withCase = { ...scenario, case: caseText };
    const markedWithCase = (answer: string, params = DEFAULT_PARAMETERS) => markAnswerInDetail(withCase, answer, params).result.points[0]?.status;
    it('a figure the case gave for something else develops nothing', () => {
      const answer = "Holloway's should pace the budget to follow demand across the season because complaints were shared 600 times in a local group.";
      expect(markedWithCase(answer)).toBe('not');
      expect(markedWithCase(answer, without('case-words'))).not.toBe('not');
    });
    it('a figure the case gives for the same idea applies it', () => {
      const answer = "Holloway's should pace the budget across the season, since 70% had gone by 20 November, leaving nothing for December.";
      expect(markedWithCase(answer)).not.toBe('not');
    });
  });

  it('own-reason: a reason with no word of the learner’s own after its connective is no reason', () => {
    const justify: MarkingPoint = {
      id: 'pacing',
      statement: 'Justifies phasing spend towards the busiest weeks before Christmas',
      marks: 2,
      hints: { accept: [], require: [['hold back', 'keep back'], ['december', 'peak']], reject: [], application: false, reasoning: true },
    };
    const justifying = { marks: 2, points: [justify], context: ["Holloway's"], command: 'justify' as const };
    const statusOf = (answer: string, params = DEFAULT_PARAMETERS) => markAnswerInDetail(justifying, answer, params).result.points[0]?.status;
    const hollow = "Holloway's should hold back £6,000 for December, because that is what the case shows.";
    expect(statusOf(hollow)).not.toBe('earned');
    expect(statusOf(hollow, without('own-reason'))).toBe('earned');
    expect(statusOf("Holloway's should hold back £6,000 for December, because families book the grotto late and early clicks are wasted.")).toBe('earned');
  });

  it('echo-evidence: a statement handed back lends its words only beside a sentence of substance', () => {
    const thin = "I recommend pacing the £18,000 budget to follow demand across the season instead of spending most of it early. This is key because 4,800 is high.";
    const developed =
      "I recommend pacing the £18,000 budget to follow demand across the season instead of spending most of it early. Grotto families book late, so holding money back until the last fortnight buys clicks when shoppers actually convert.";
    expect(marked(thin)).toBe('not');
    expect(marked(thin, markerParameters({ disabledRules: ['echo-evidence'] }))).not.toBe('not');
    expect(marked(developed)).not.toBe('not');
  });

  it('echo-evidence: naming the organisation beside statements handed back applies nothing', () => {
    const points: MarkingPoint[] = [
      { id: 'channel', statement: 'Analyses the switch from postcards to email-only reminders as the main cause', marks: 2, hints: { accept: [], require: [['postcard', 'email only'], ['open rate', 'bounced']], reject: [], application: false, reasoning: false } },
      { id: 'cost', statement: 'Analyses cost as a barrier and the gap between Care Plan pets and others', marks: 2, hints: { accept: [], require: [['cost', 'price'], ['care plan', 'monthly']], reject: [], application: false, reasoning: false } },
    ];
    const vets = { marks: 4, points, context: ['Thornfield Vets', 'Thornfield', 'Telford', '9,400', '£64'], command: 'analyse' as const };
    const echo = 'Booster uptake at Thornfield is about the reminder channel, the email open rate and the postcards. It is also about the cost barrier and the Care Plan gap.';
    const total = (answer: string, params = DEFAULT_PARAMETERS) => markAnswerInDetail(vets, answer, params).result.total;
    expect(total(echo)).toBeLessThanOrEqual(2);
    // The topic-list rule sets the same sentences aside on its own, so each is switched off in turn.
    expect(total(echo, without('topic-list'))).toBeLessThanOrEqual(2);
    expect(total(echo, markerParameters({ disabledRules: ['echo-evidence', 'topic-list'] }))).toBeGreaterThan(2);
    const applied = 'Uptake fell once Thornfield stopped the postcards: only 38% of reminder emails are opened. It is also about the cost barrier and the Care Plan gap, since a £64 booster in one go is hard for the 9,400 owners in Telford who are not on a monthly plan.';
    expect(total(applied)).toBeGreaterThan(2);
  });

  it('vocabulary-echo: a sentence of shown words with no marketing or case word of its own is handed back', () => {
    const echoes = echoReader(scenario, DEFAULT_PARAMETERS);
    expect(echoes('Holloway should focus on pacing, budget and demand.').shownOnly).toBe(true);
    expect(echoes('Holloway should pace spend against weekly grotto bookings.').shownOnly).toBe(false);
    // directive-list catches this sentence too, so both are off to see that nothing else does.
    expect(classify('Holloway should focus on pacing, budget and demand.', markerParameters({ disabledRules: ['vocabulary-echo', 'directive-list'] }))).toBeNull();
  });
});

describe('reading the examiner statement’s grammar', () => {
  const groupsOf = (statement: string, params = DEFAULT_PARAMETERS) => preparePoint({ id: 'p', statement, marks: 2 }, params).groups;
  const labels = (statement: string, params = DEFAULT_PARAMETERS) => groupsOf(statement, params).map((group) => group.label);

  it('meta-verbs: an opening instruction is not content, even when the lexicon knows it', () => {
    expect(labels('Analyses the buying centre')).not.toContain('Analyses');
    expect(labels('Tests the proposal figures and questions the target')).toEqual(expect.not.arrayContaining(['Tests', 'questions']));
    expect(labels('Analyses the buying centre', without('meta-verbs'))).toContain('Analyses');
  });

  it('meta-verbs: instructions inside a statement ("with reasons applied to the case", "whether") are not content either', () => {
    const statement = 'Justifies micro-influencers for Kettleby with reasons applied to the case, and questions whether a benefit applied to its gyms is real';
    expect(labels(statement)).toEqual(expect.not.arrayContaining(['reasons', 'applied', 'case', 'whether']));
    expect(labels(statement)).toEqual(expect.arrayContaining(['micro-influencers', 'Kettleby', 'benefit']));
    expect(labels(statement, without('meta-verbs'))).toEqual(expect.arrayContaining(['reasons', 'applied', 'case']));
  });

  it('example-lists: "e.g." items are one group of alternatives', () => {
    const statement = 'Recognises strengths of LinkedIn, e.g. targeting by job title, industry or named company';
    expect(groupsOf(statement).length).toBeLessThan(groupsOf(statement, without('example-lists')).length);
    const list = groupsOf(statement).find((group) => group.label.includes('job title'));
    expect(list?.alternatives.some((phrase) => phrase.includes('industri'))).toBe(true);
  });

  it('or-alternatives: either side of "or" is one group', () => {
    const statement = 'Tracks sales with UTM parameters or voucher codes';
    expect(groupsOf(statement).length).toBeLessThan(groupsOf(statement, without('or-alternatives')).length);
  });

  it('example-lists: a list ends where a new clause starts after a comma ("…, justified by")', () => {
    const statement = 'Recommends flexible plans, e.g. pause, skip a month or a single bag, justified by the 34% who cancel because coffee builds up';
    expect(withoutExampleLists(statement, DEFAULT_PARAMETERS)).toContain('justified by the 34');
    expect(withoutExampleLists(statement, DEFAULT_PARAMETERS)).not.toContain('skip');
    expect(labels(statement).some((label) => /34/.test(label) && /skip/.test(label))).toBe(false);
  });

  it('example-lists: a list in a parenthesis ends where the sentence goes on with a verb, and its opener is not content', () => {
    const statement = 'Recommends that every creator post, including gifted posts, carries a clear upfront Ad or #ad label to meet ASA and CAP rules';
    expect(withoutExampleLists(statement, DEFAULT_PARAMETERS)).toContain('carries a clear upfront');
    expect(labels(statement).some((label) => /gifted/.test(label) && /label|Ad\b/.test(label))).toBe(false);
    expect(labels(statement)).not.toContain('including');
    expect(labels(statement, without('example-lists'))).toContain('including');
  });

  it('"X and Y": both sides stay separate groups, so both are needed', () => {
    expect(labels('Sets a moderation policy and an escalation path').length).toBeGreaterThanOrEqual(3);
  });

});

describe('case-copy', () => {
  const caseText = 'Brackwell Fixings Ltd is a family-owned distributor of industrial fasteners and fixings based in Wolverhampton. Its YouTube channel holds 40 installation videos with 310,000 views in total.';
  const point: MarkingPoint = { id: 'video', statement: 'Uses the YouTube evidence of installation videos to show what the audience values', marks: 2 };
  const scenario = { marks: 2, points: [point], context: ['Brackwell'], command: 'evaluate' as const, case: caseText };
  it.each([
    'Its YouTube channel holds 40 installation videos with 310,000 views in total.',
    'Brackwell Fixings Ltd is a family-owned distributor of industrial fasteners and fixings based in Wolverhampton.',
  ])('sets aside “%s”, copied from the case', (sentence) => {
    expect(markAnswerInDetail(scenario, sentence).setAside.map((entry) => entry.reason)).toEqual(['copied']);
    expect(markAnswerInDetail(scenario, sentence, without('case-copy')).setAside.map((entry) => entry.reason)).not.toContain('copied');
  });
  it('leaves a sentence that uses the case’s facts in an argument of its own', () => {
    const own = 'The 310,000 views of installation videos show engineers value practical help, so Brackwell should promote those rather than product photos.';
    expect(markAnswerInDetail(scenario, own).setAside).toEqual([]);
  });
});

describe('development ignores the case’s names', () => {
  it('does not take the organisation’s name, even as an author’s phrasing, for a word of the learner’s own', () => {
    const benefit: MarkingPoint = {
      id: 'benefit',
      statement: 'Identifies a benefit for Oakbridge, e.g. reaching 18-30s where they already look for money advice',
      marks: 1,
      hints: { accept: [], require: [['credit union', 'oakbridge'], ['young adults', '18-30s']], reject: [], application: false, reasoning: false },
    };
    const scenario = { marks: 1, points: [benefit], context: ['Oakbridge Credit Union', 'Oakbridge'], command: 'discuss' as const };
    const echo = 'Oakbridge Credit Union should e.g. reaching 18-30s where they already look.';
    expect(markAnswerInDetail(scenario, echo).result.points[0]?.status).toBe('not');
    const developed = 'Oakbridge Credit Union should post short Reels that answer young adults’ budgeting questions, because that is where they look for money advice now.';
    expect(markAnswerInDetail(scenario, developed).result.points[0]?.status).toBe('earned');
  });
});

describe('story: an answer told as a story with the scheme’s terms dropped in', () => {
  const points: MarkingPoint[] = [
    { id: 'interpret', statement: 'Interprets the fall in engagement rate from 3.1% to 1.2% as a content problem', marks: 4 },
    { id: 'benchmark', statement: 'Benchmarks against the competitor on engagement rate and share of voice', marks: 4 },
  ];
  const scenario = { marks: 8, points, context: ['Kopi Senja', 'Jakarta', '3.1%', '1.2%'], command: 'analyse' as const };
  const story = [
    'My grandmother once entered a kite contest on a beach near Jakarta.',
    'Halfway through, her kite’s engagement rate fell from 3.1% to 1.2%, and she said this was a content problem because the kite carried discount posters.',
    'She benchmarked it against her rival’s engagement rate of 2.8% and a share of voice of 41% against her 12%, and felt worse.',
    'In the end she went home, ate an ice cream and wrote a social media plan on the sand.',
  ].join(' ');
  const analysis = [
    'Kopi Senja’s engagement rate fell from 3.1% to 1.2% while its followers grew, which points to a content problem rather than a reach problem.',
    'The rival posted short videos and reached a 2.8% engagement rate with 41% share of voice against Kopi Senja’s 12%.',
    'That benchmark shows the gap is in what Kopi Senja posts, so the plan should test videos of the baristas before paying to boost posts.',
    'Last year it spent most of its budget on discount posters, which did little.',
  ].join(' ');
  const marked = (answer: string, params = DEFAULT_PARAMETERS) => markAnswerInDetail(scenario, answer, params);

  it('sets aside the narrative sentences and says why', () => {
    const { result, setAside } = marked(story);
    expect(result.total).toBe(0);
    expect(setAside).toHaveLength(4);
    expect(setAside.filter((sentence) => sentence.reason === 'story').length).toBeGreaterThanOrEqual(3);
    expect(result.notes.join(' ')).toMatch(/Telling a tale is not answering the task/);
    expect(marked(story, without('story')).result.total).toBeGreaterThan(0);
  });

  it('leaves an analysis that recounts the case here and there', () => {
    const { result, setAside } = marked(analysis);
    expect(setAside.some((sentence) => sentence.reason === 'story')).toBe(false);
    expect(result.total).toBeGreaterThan(0);
  });
});

describe('case-recap: the case restated in other words, arguing nothing', () => {
  const points: MarkingPoint[] = [
    { id: 'lapsed', statement: 'Explains why lapsed members are the most promising audience, using the renewal figures', marks: 4 },
    { id: 'offer', statement: 'Recommends an offer for lapsed members that protects the club’s margin', marks: 4 },
  ];
  const caseText = [
    'Harbour Swim Club in Whitby has 1,450 members paying £32 a month.',
    'Renewals fell from 81% in 2024 to 66% in 2025, and 420 members lapsed in the year.',
    'Exit surveys say 52% left over price and 31% over crowded lane times.',
    'The club has a £6,000 marketing budget and an email list of 3,900 past and present members.',
  ].join(' ');
  const scenario = { marks: 8, points, context: ['Harbour Swim Club', 'Whitby', '81%', '66%', '420'], command: 'recommend' as const, case: caseText };
  const recap = [
    'Harbour Swim Club has 1,450 members in Whitby at £32 a month.',
    'Renewals went from 81% to 66% and 420 members lapsed.',
    'Exit surveys: price 52%, crowded lane times 31%.',
    'Marketing budget £6,000, email list 3,900 past and present members.',
  ].join(' ');
  const argued = [
    'Harbour Swim Club has 1,450 members in Whitby at £32 a month.',
    'The 420 members who lapsed are the best audience, because they already know the pool and are on the email list of 3,900.',
    'Since 52% left over price, a first month at half price would win some back without cutting the fee for everyone.',
    'I would email them before the January rush, when lane times are less crowded.',
  ].join(' ');
  const marked = (answer: string, params = DEFAULT_PARAMETERS) => markAnswerInDetail(scenario, answer, params);

  it('sets aside a recap of the case and says why', () => {
    const { result, setAside } = marked(recap);
    expect(result.total).toBe(0);
    expect(setAside.filter((sentence) => sentence.reason === 'recap').length).toBeGreaterThanOrEqual(3);
    expect(result.notes.join(' ')).toMatch(/Copying the case back is not analysing it/);
    expect(marked(recap, without('case-recap')).result.total).toBeGreaterThan(0);
  });

  it('leaves an answer that sets the scene in one sentence and then argues', () => {
    const { result, setAside } = marked(argued);
    expect(setAside.some((sentence) => sentence.reason === 'recap')).toBe(false);
    expect(result.total).toBeGreaterThan(0);
  });

  it('needs the case: without it, nothing is read as a recap', () => {
    const { setAside } = markAnswerInDetail({ ...scenario, case: undefined }, recap);
    expect(setAside.some((sentence) => sentence.reason === 'recap')).toBe(false);
  });
});

describe('circular-reason: reasons that bring nothing the sentence had not said', () => {
  const points: MarkingPoint[] = [
    { id: 'pilot', statement: 'Recommends a pilot in a few branches with a comparison group before any rollout', marks: 4 },
    { id: 'risk', statement: 'Identifies the data protection risk of a loyalty app and how to reduce it', marks: 4 },
    { id: 'cost', statement: 'Compares the cost of the app with the margin it would protect', marks: 4 },
  ];
  const scenario = { marks: 12, points, context: ['Crumb & Co', '14 branches', '£60,000', '58%'], command: 'recommend' as const };
  const circular = [
    'Crumb & Co should trial the app in four of its 14 branches against four similar shops, because a trial in four branches is a trial.',
    'Storing what each customer buys brings a data protection risk for the app, so the app has a risk for data protection.',
    'The £60,000 cost should be compared with the 58% margin because costs are costs, so the comparison is a comparison.',
  ].join(' ');
  const argued = [
    'Crumb & Co should run a pilot in three of its 14 branches with three similar branches as a comparison group, because weekday visits vary by town and only a comparison shows what the app itself changed.',
    'The app stores purchase histories, so it needs a clear privacy notice and no more data than rewards require.',
    'At £60,000 the app costs a great deal, since a 58% margin means it must bring back a lot of lapsed weekday buyers to pay for itself.',
  ].join(' ');
  const marked = (answer: string, params = DEFAULT_PARAMETERS) => markAnswerInDetail(scenario, answer, params);

  it('sets aside an answer built on circular reasons and says why', () => {
    const { result, setAside } = marked(circular);
    expect(setAside.filter((sentence) => sentence.reason === 'circular')).toHaveLength(3);
    expect(result.total).toBe(0);
    expect(result.notes.join(' ')).toMatch(/A reason that repeats what it is meant to explain earns nothing/);
    expect(marked(circular, without('circular-reason')).result.total).toBeGreaterThan(0);
  });

  it('leaves an argued answer alone', () => {
    const { result, setAside } = marked(argued);
    expect(setAside.some((sentence) => sentence.reason === 'circular')).toBe(false);
    expect(result.total).toBeGreaterThan(0);
  });

  it('forgives one or two weak reasons in an answer', () => {
    const { setAside } = marked(`${argued} The app is not a big issue, so I would not worry about it.`);
    expect(setAside.some((sentence) => sentence.reason === 'circular')).toBe(false);
  });
});

describe('bare-link: a link asserted between the marking’s words and the case’s, with nothing of the learner’s own', () => {
  const points: MarkingPoint[] = [
    { id: 'segments', statement: 'Recommends targeting lapsed members first with a win-back offer', marks: 4 },
    { id: 'measures', statement: 'Proposes measuring rejoin rate rather than email opens', marks: 4 },
  ];
  const scenario = { marks: 8, points, context: ['Harbour Swim Club', '420', '3,900'], command: 'recommend' as const };
  const linked = [
    'Harbour Swim Club should act now.',
    'Lapsed members are relevant to the win-back offer and to the 420.',
    'Rejoin rate is key to measuring and relates to email opens and the 3,900.',
  ].join(' ');
  const argued = [
    'Harbour Swim Club should act now.',
    'The 420 lapsed members already know the pool, so a win-back offer of a free first month costs little and targets people likely to return.',
    'Counting how many rejoin matters more than email opens, since an opened email pays no fees.',
  ].join(' ');
  const marked = (answer: string, params = DEFAULT_PARAMETERS) => markAnswerInDetail(scenario, answer, params).result.total;

  it('earns nothing from sentences that only assert a link, and earns with the rule off', () => {
    expect(marked(linked)).toBe(0);
    expect(marked(linked, without('bare-link'))).toBeGreaterThan(0);
  });

  it('leaves a link that is argued in the learner’s own words', () => {
    expect(marked(argued)).toBeGreaterThan(0);
    expect(marked(argued)).toBe(marked(argued, without('bare-link')));
  });
});

describe('generic-reason: reasons true of every organisation', () => {
  const points: MarkingPoint[] = [
    { id: 'segments', statement: 'Recommends targeting lapsed members first with a win-back offer', marks: 4 },
    { id: 'measures', statement: 'Proposes measuring rejoin rate rather than email opens', marks: 4 },
    { id: 'budget', statement: 'Splits the £6,000 budget between the offer and the emails', marks: 4 },
  ];
  const scenario = {
    marks: 12,
    points,
    context: ['Harbour Swim Club', '420', '£6,000'],
    command: 'recommend' as const,
    case: 'Harbour Swim Club in Whitby has 420 lapsed members and a £6,000 budget.',
  };
  const dressed = [
    'Harbour Swim Club ought to go after people whose membership lapsed, using a win-back deal, because every organisation should value the customers it already has.',
    'Success would show in how many rejoin, not in opened emails, since what gets measured is what businesses always manage.',
    'The £6,000 should be split between the offer and the emails, as any budget works best when it is shared sensibly.',
  ].join(' ');
  const argued = [
    'Harbour Swim Club should target its lapsed members first with a win-back offer, because the 420 who left already know the pool and half of them left over price.',
    'It should count how many rejoin rather than email opens, since an opened email pays no fees.',
    'Of the £6,000, £4,500 should fund a free first month and £1,500 the emails, because the offer is what wins people back.',
  ].join(' ');
  const marked = (answer: string, params = DEFAULT_PARAMETERS) => markAnswerInDetail(scenario, answer, params);

  it('sets aside an answer that dresses every point in a truism, and says why', () => {
    const { result, setAside } = marked(dressed);
    expect(setAside).toHaveLength(3);
    expect(setAside.filter((sentence) => sentence.reason === 'generic').length).toBeGreaterThanOrEqual(2);
    expect(result.notes.join(' ')).toMatch(/A reason true of every organisation proves nothing about this one/);
    expect(result.total).toBeLessThan(marked(dressed, without('generic-reason')).result.total);
  });

  it('once the style is shown, sets aside its other reasons with nothing of the case in them too', () => {
    const plainTruism = 'Harbour Swim Club should also thank returning members in person, since planning ahead reduces last-minute pressure.';
    const { setAside } = marked(`${dressed} ${plainTruism}`);
    expect(setAside.find((sentence) => sentence.text.includes('planning ahead'))?.reason).toBe('generic');
    // The same reason in an answer whose other reasons come from the case is left alone.
    expect(marked(`${argued} ${plainTruism}`).setAside.some((sentence) => sentence.reason === 'generic')).toBe(false);
  });

  it('leaves reasons drawn from the case alone', () => {
    const { setAside } = marked(argued);
    expect(setAside.some((sentence) => sentence.reason === 'generic')).toBe(false);
    expect(marked(argued).result.total).toBeGreaterThan(0);
  });
});

describe('questions: an answer that asks instead of answering', () => {
  const points: MarkingPoint[] = [
    { id: 'pilot', statement: 'Recommends a pilot in a few branches with a comparison group before any rollout', marks: 4 },
    { id: 'cost', statement: 'Compares the £60,000 cost of the app with the margin it would protect', marks: 4 },
  ];
  const scenario = { marks: 8, points, context: ['Crumb & Co', '£60,000', '58%'], command: 'recommend' as const };
  const asking = [
    'Should Crumb & Co run a pilot in three branches, with three similar branches as a comparison group, before any rollout?',
    'Is £60,000 too much for an app when the margin is 58%?',
    'How many lapsed weekday buyers would it need to bring back to pay for itself?',
    'These are the questions the owners must answer.',
  ].join(' ');
  const argued = [
    'Why not simply launch everywhere?',
    'Because Crumb & Co cannot tell what the app itself changed unless it runs a pilot in three branches against three similar ones as a comparison group.',
    'At £60,000 the app must win back many lapsed weekday buyers, since at a 58% margin each £1,000 of extra sales adds only £580 of profit.',
  ].join(' ');
  const marked = (answer: string, params = DEFAULT_PARAMETERS) => markAnswerInDetail(scenario, answer, params);

  it('sets aside the questions of an answer made of them, and says why', () => {
    const { result, setAside } = marked(asking);
    // The first question also hands a statement back, which the echo rule names first.
    expect(setAside).toHaveLength(4);
    expect(setAside.filter((sentence) => sentence.reason === 'question')).toHaveLength(2);
    expect(result.total).toBe(0);
    expect(result.notes.join(' ')).toMatch(/Asking the questions is not answering them/);
    expect(marked(asking, without('questions')).result.total).toBeGreaterThan(0);
  });

  it('leaves a rhetorical question that leads into an argument', () => {
    expect(marked(argued).setAside.some((sentence) => sentence.reason === 'question')).toBe(false);
    expect(marked(argued).result.total).toBeGreaterThan(0);
  });
});

describe('unwritten: an outline of what the learner would have covered', () => {
  const points: MarkingPoint[] = [
    { id: 'pilot', statement: 'Recommends a pilot in a few branches with a comparison group before any rollout', marks: 4 },
    { id: 'cost', statement: 'Compares the £60,000 cost of the app with the margin it would protect', marks: 4 },
  ];
  const scenario = { marks: 8, points, context: ['Crumb & Co', '£60,000', '58%'], command: 'recommend' as const };
  const argument = [
    'Crumb & Co should run a pilot in three branches against three similar ones as a comparison group, because only then can it tell what the app itself changed.',
    'At £60,000 the app must win back many lapsed weekday buyers, since at a 58% margin each £1,000 of extra sales adds only £580 of profit.',
  ];
  const outline = ['Unfortunately I ran out of time. In a full answer I would have covered:', '', ...argument.map((sentence, i) => `${i + 1}. ${sentence}`)].join('\n');
  const marked = (answer: string, params = DEFAULT_PARAMETERS) => markAnswerInDetail(scenario, answer, params);

  it('sets aside everything from the cue on, and says why', () => {
    const { result, setAside } = marked(outline);
    expect(setAside.filter((sentence) => sentence.reason === 'unwritten').length).toBeGreaterThanOrEqual(3);
    expect(result.total).toBe(0);
    expect(result.notes.join(' ')).toMatch(/Points listed as what you would have covered earn nothing/);
    expect(marked(outline, without('unwritten')).result.total).toBeGreaterThan(0);
  });

  it('keeps what was argued before a closing regret', () => {
    const answer = `${argument.join(' ')} If I had more time I would have looked at the loyalty data as well.`;
    expect(marked(answer).result.total).toBe(marked(answer, without('unwritten')).result.total);
    expect(marked(answer).result.total).toBeGreaterThan(0);
  });

  it.each(['Last year the campaign would have covered its costs within a month.', 'The app would have covered its costs in a year.'])(
    'does not read “%s” as the learner’s own outline',
    (sentence) => {
      const answer = `${argument.join(' ')} ${sentence}`;
      expect(marked(answer).setAside.some((entry) => entry.reason === 'unwritten')).toBe(false);
    },
  );
});

describe('stock phrases: the quick check before the long pattern', () => {
  it('finds every stock phrase in every form the pattern accepts, exactly as the pattern alone does', () => {
    for (const phrase of STOCK_PHRASES) {
      const forms = [phrase, phrase.replace(/-/g, ''), phrase.replace(/-/g, ' '), phrase.toUpperCase()];
      for (const form of forms) {
        for (const text of [form, `We should ${form}, really.`, `(${form})`, `data/${form} now`, `x${form}`, `${form}s`]) {
          expect(stockPhraseCount(text, analyse(text).tokens), text).toBe(stockPhraseCount(text));
        }
      }
      expect(stockPhraseCount(`We should ${phrase} now.`, analyse(`We should ${phrase} now.`).tokens), phrase).toBeGreaterThan(0);
    }
  });
});

describe('notes: an answer made mostly of term lists', () => {
  const point: MarkingPoint = {
    id: 'tracking',
    statement: 'Recommends tracking online and in-store sales with UTM parameters or voucher codes',
    marks: 3,
    hints: { accept: [], require: [['utm', 'voucher'], ['sales', 'orders']], reject: [], application: false, reasoning: false },
  };
  const scenario = { marks: 3, points: [point], context: ['Holloway’s'], command: 'recommend' as const };
  const total = (answer: string, params = DEFAULT_PARAMETERS) => markAnswerInDetail(scenario, answer, params).result.total;
  const notes = 'KPIs, reach, impressions, engagement, SMART, targets. Budget, pacing, lifetime budgets, bidding, December, exclusions. UTM links, voucher codes, till sales.';
  it('sets aside its other note-form lines too', () => {
    expect(total(notes)).toBe(0);
    expect(total(notes, without('notes'))).toBeGreaterThan(0);
  });
  it('leaves an answer with one list and lines that argue', () => {
    const earnest =
      'Last year nobody could say what the ads sold. KPIs, reach, impressions, engagement, SMART, targets. Holloway’s should tag every ad link with UTM codes and print a voucher code for the tills, so in-store sales can be traced to the campaign.';
    expect(total(earnest)).toBeGreaterThan(0);
    expect(total(earnest)).toBe(total(earnest, without('notes')));
  });
});

describe('unargued: an answer with no reason anywhere and hardly a word of its own', () => {
  const points: MarkingPoint[] = [
    { id: 'holding', statement: 'Justifies a prompt public holding statement instead of waiting for the investigation', marks: 4, hints: { accept: [], reject: [], require: [['holding statement', 'statement'], ['prompt', 'today', 'now', 'straight away']], application: true, reasoning: false } },
    { id: 'deleting', statement: 'Explains why deleting critical comments damages reputation and recommends answering publicly', marks: 4, hints: { accept: [], reject: [], require: [['deleting', 'delete'], ['publicly', 'in public']], application: true, reasoning: false } },
    { id: 'pause', statement: 'Recommends pausing the scheduled promotional posts and ads for the collection', marks: 2, hints: { accept: [], reject: [], require: [['pause', 'paused', 'stop'], ['ads', 'posts']], application: true, reasoning: false } },
  ];
  const scenario = {
    marks: 10,
    points,
    context: ['Maren & Vale', 'Earth Edit', 'Ellie Ward', 'Dan Reyes', 'Instagram', 'TikTok', '1.8 million'],
    command: 'recommend' as const,
    case: 'Maren & Vale is a Leeds fashion brand. Its Earth Edit collection claimed 100% recycled fabric. A TikTok video reached 1.8 million views. Ellie Ward deleted critical comments on Instagram and negative feedback grew. Meta ads for the collection kept running. Dan Reyes wants to wait for the supplier investigation.',
  };
  const total = (answer: string, params = DEFAULT_PARAMETERS) => markAnswerInDetail(scenario, answer, params).result.total;
  it('develops nothing when every sentence is the marking’s words and the case’s names', () => {
    const echo =
      'Dan Reyes should issue a prompt holding statement about the Earth Edit collection today. Ellie Ward should stop deleting critical comments and answer publicly for Maren & Vale. The scheduled Earth Edit posts and the Meta ads for the collection should be paused at Maren & Vale. Maren & Vale should answer critical comments publicly and stop deleting them, says Dan Reyes, and Ellie Ward agrees with Dan Reyes.';
    expect(total(echo)).toBe(0);
    expect(total(echo, without('unargued'))).toBeGreaterThan(0);
    expect(markAnswerInDetail(scenario, echo).result.notes.join(' ')).toMatch(/never says why/);
  });
  it('stays unargued when one sentence gains a “because” after the note', () => {
    const patched =
      'Dan Reyes should issue a prompt holding statement about the Earth Edit collection today. Ellie Ward should stop deleting critical comments and answer publicly for Maren & Vale. The scheduled Earth Edit posts and the Meta ads for the collection should be paused at Maren & Vale. Maren & Vale should answer critical comments publicly and stop deleting them, says Dan Reyes. Ellie Ward agrees with Dan Reyes because silence looks guilty.';
    expect(total(patched, without('unargued'))).toBeGreaterThan(total(patched));
  });
  it('leaves an answer that argues without the word “because”, in words of its own', () => {
    const argued =
      'Dan Reyes should put out a short holding statement today that admits the Earth Edit labels are wrong; ten days of silence lets a viral video write the story. Ellie Ward should stop deleting critical comments and answer them publicly: removed comments get screenshotted and reposted with a cover-up angle. The Earth Edit ads should be paused, since cheerful adverts under an angry thread look tone-deaf.';
    expect(total(argued)).toBe(total(argued, without('unargued')));
    expect(total(argued)).toBeGreaterThan(0);
  });
  it('leaves a terse answer under sixty words to the word budget', () => {
    const terse = 'Dan Reyes should issue a holding statement today. Ellie Ward should stop deleting comments and reply publicly. Pause the Earth Edit ads and posts.';
    expect(total(terse)).toBe(total(terse, without('unargued')));
  });
});
