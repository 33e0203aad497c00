/**
 * The marketing vocabulary the marker knows: each concept is the ways learners and examiners name
 * one idea. A concept may include narrower ones, so a point about "KPIs" is met by "cost per
 * acquisition", while a point about cost per acquisition is not met by "metrics" in general.
 */

export interface Concept {
  id: string;
  phrases: readonly string[];
  includes?: readonly string[];
}

export const CONCEPTS: readonly Concept[] = [
  // Measurement
  {
    id: 'kpi',
    phrases: ['kpi', 'key performance indicator', 'performance indicator', 'metric', 'measure of success', 'success measure', 'benchmark', 'okr'],
    includes: ['cpa', 'ctr', 'roi', 'roas', 'conversion-rate', 'engagement-rate', 'reach', 'clv', 'nps', 'cpm', 'cpc', 'share-of-voice', 'sentiment', 'vanity-metric'],
  },
  { id: 'measure', phrases: ['measure', 'measurement', 'track', 'monitor', 'report', 'quantify', 'dashboard', 'analytics'] },
  { id: 'analyse', phrases: ['analyse', 'analysis', 'interpret', 'evaluate', 'evaluation', 'assess', 'review', 'examine', 'diagnose', 'insight'] },
  { id: 'roi', phrases: ['roi', 'return on investment', 'return on spend', 'payback', 'profitability'], includes: ['roas'] },
  { id: 'roas', phrases: ['roas', 'return on ad spend', 'return on advertising spend'] },
  { id: 'cpa', phrases: ['cpa', 'cost per acquisition', 'cost per action', 'cost per lead', 'cpl', 'cost per sale', 'cost per conversion', 'customer acquisition cost', 'cac'] },
  { id: 'ctr', phrases: ['ctr', 'click-through rate', 'click through rate', 'clickthrough rate', 'click rate'] },
  { id: 'cpm', phrases: ['cpm', 'cost per thousand', 'cost per mille'] },
  { id: 'cpc', phrases: ['cpc', 'cost per click'] },
  { id: 'conversion-rate', phrases: ['conversion rate', 'conversion', 'convert', 'sign-up', 'signup', 'purchase', 'lead', 'booking', 'order', 'sale'] },
  { id: 'engagement-rate', phrases: ['engagement rate', 'engagement', 'engage', 'interaction', 'comment', 'share', 'like', 'reply', 'save'] },
  { id: 'reach', phrases: ['reach', 'impression', 'awareness', 'visibility', 'exposure', 'view'] },
  { id: 'clv', phrases: ['clv', 'ltv', 'cltv', 'customer lifetime value', 'lifetime value'] },
  { id: 'nps', phrases: ['nps', 'net promoter score'] },
  { id: 'share-of-voice', phrases: ['share of voice', 'sov', 'share of conversation'] },
  { id: 'sentiment', phrases: ['sentiment', 'tone of mentions', 'positive mention', 'negative mention', 'how people feel'] },
  { id: 'vanity-metric', phrases: ['vanity metric', 'follower count', 'likes', 'followers'] },
  { id: 'attribution', phrases: ['attribution', 'last-click', 'last click', 'first-click', 'first click', 'multi-touch', 'data-driven attribution', 'utm', 'incrementality', 'holdout'] },
  { id: 'ab-test', phrases: ['a/b test', 'ab test', 'a/b testing', 'split test', 'split-test', 'multivariate test', 'test variant', 'controlled experiment', 'test and learn', 'test-and-learn'] },
  { id: 'analytics-tool', phrases: ['google analytics', 'ga4', 'analytics tool', 'meta business suite', 'ads manager', 'brandwatch', 'talkwalker', 'sprout social', 'hootsuite', 'insights'] },

  // Goals and planning
  {
    id: 'business-goal',
    phrases: ['business goal', 'business objective', 'organisational goal', 'organisational objective', 'corporate objective', 'commercial objective', 'company goal', 'business target', 'company target', 'revenue', 'sales', 'profit', 'market share', 'bottom line', 'business outcome', 'commercial outcome', 'growth target', 'turnover'],
  },
  { id: 'goal', phrases: ['goal', 'objective', 'target', 'aim', 'outcome', 'purpose'], includes: ['business-goal', 'smart'] },
  { id: 'align', phrases: ['align', 'link', 'connect', 'tie', 'support', 'feed into', 'feed', 'contribute', 'underpin', 'serve', 'map to', 'ladder up', 'in line with', 'consistent with', 'drive', 'deliver', 'translate into'] },
  { id: 'smart', phrases: ['smart', 'specific measurable achievable relevant time-bound', 'time-bound', 'time bound', 'measurable', 'specific'] },
  { id: 'race', phrases: ['race framework', 'race model', 'reach act convert engage', 'race'] },
  { id: 'sostac', phrases: ['sostac', 'situation objectives strategy tactics action control', 'situation analysis'] },
  { id: 'pestle', phrases: ['pestle', 'pestel', 'pest analysis', 'political economic social technological legal environmental', 'macro-environment', 'macro environment', 'external environment'] },
  { id: 'swot', phrases: ['swot', 'strengths weaknesses opportunities threats'] },
  { id: 'strategy', phrases: ['strategy', 'strategic', 'plan', 'approach', 'roadmap'] },
  { id: 'tactic', phrases: ['tactic', 'tactical', 'activity', 'execution', 'campaign action'] },
  { id: 'why', phrases: ['why', 'purpose', 'rationale', 'reason'] },
  { id: 'budget', phrases: ['budget', 'spend', 'cost', 'investment', 'allocation', 'pacing', 'funding', 'money'] },
  { id: 'resource', phrases: ['resource', 'budget', 'time', 'staff', 'people', 'team', 'skill', 'tool', 'capability', 'capacity'] },
  { id: 'cost-benefit', phrases: ['cost-benefit', 'cost benefit', 'business case', 'payback', 'value for money'] },
  { id: 'scalability', phrases: ['scalability', 'scalable', 'scale', 'grow with', 'roll out'] },
  { id: 'risk', phrases: ['risk', 'threat', 'downside', 'exposure', 'vulnerability', 'mitigate', 'mitigation', 'contingency'] },
  { id: 'optimise', phrases: ['optimise', 'improve', 'adjust', 'refine', 'iterate', 'reallocate', 'shift budget', 'tweak', 'change course', 'pause', 'scale up', 'course-correct', 'adapt'] },
  { id: 're-evaluate', phrases: ['re-evaluate', 'reevaluate', 'revisit', 'review', 'reassess', 'revise', 'update'] },

  // Audience and platforms
  { id: 'audience', phrases: ['audience', 'target audience', 'customer', 'segment', 'persona', 'follower', 'community', 'user', 'buyer', 'consumer', 'market', 'shopper', 'client', 'fan'] },
  { id: 'segmentation', phrases: ['segmentation', 'segment', 'persona', 'buyer persona', 'demographic', 'psychographic', 'behavioural'] },
  { id: 'platform', phrases: ['platform', 'channel', 'network', 'facebook', 'instagram', 'linkedin', 'tiktok', 'twitter', 'youtube', 'pinterest', 'snapchat', 'threads', 'whatsapp'] },
  { id: 'algorithm', phrases: ['algorithm', 'feed ranking', 'ranking signal', 'newsfeed', 'news feed', 'for you page', 'organic reach', 'distribution'] },
  { id: 'social-media', phrases: ['social media', 'social', 'social channel', 'social platform', 'social network'] },

  // Content and community
  { id: 'content', phrases: ['content', 'post', 'video', 'reel', 'story', 'blog', 'article', 'creative', 'carousel', 'livestream', 'infographic', 'newsletter'] },
  { id: 'ugc', phrases: ['ugc', 'user-generated content', 'user generated content', 'customer content', 'fan content', 'customer photo', 'customer review'] },
  { id: 'curation', phrases: ['curate', 'curation', 'curated', 'third-party content', 'third party content', 'reshare', 'share others content'] },
  { id: 'brand-voice', phrases: ['brand voice', 'tone of voice', 'tone', 'voice', 'brand personality', 'brand guideline'] },
  { id: 'consistency', phrases: ['consistent', 'consistency', 'regular', 'schedule', 'cadence', 'calendar', 'frequency', 'posting plan'] },
  { id: 'community-management', phrases: ['community management', 'moderation', 'moderate', 'respond', 'reply', 'conversation', 'dialogue', 'community manager'] },
  { id: 'listening', phrases: ['social listening', 'listening', 'listen', 'monitor mention', 'brand mention', 'mention', 'keyword monitoring'] },
  { id: 'competitor', phrases: ['competitor', 'competition', 'rival', 'benchmark against'] },
  { id: 'influencer', phrases: ['influencer', 'creator', 'ambassador', 'kol', 'key opinion leader'] },
  { id: 'disclosure', phrases: ['disclosure', 'disclose', '#ad', 'ad label', 'asa', 'cap code', 'ftc', 'paid partnership', 'transparent'] },

  // Paid
  { id: 'paid-social', phrases: ['paid social', 'paid media', 'paid advertising', 'social advertising', 'social ad', 'sponsored post', 'promoted post', 'boost', 'ad', 'advert', 'advertising', 'paid'] },
  { id: 'targeting', phrases: ['targeting', 'target', 'lookalike', 'custom audience', 'retargeting', 'remarketing', 'interest targeting', 'demographic targeting', 'audience targeting'] },

  // Crisis and reputation
  { id: 'crisis', phrases: ['crisis', 'backlash', 'pr crisis', 'negative feedback', 'complaint', 'criticism', 'outrage', 'incident', 'negative comment', 'pile-on'] },
  { id: 'escalation', phrases: ['escalate', 'escalation', 'escalation procedure', 'escalation path', 'sign-off', 'legal team', 'senior management', 'crisis team', 'protocol'] },
  { id: 'reputation', phrases: ['reputation', 'brand image', 'trust', 'credibility', 'brand perception'] },
  { id: 'response', phrases: ['respond', 'response', 'reply', 'apologise', 'apology', 'acknowledge', 'statement', 'holding statement'] },
  { id: 'speed', phrases: ['quick', 'quickly', 'fast', 'rapid', 'promptly', 'within hours', 'within an hour', 'immediately', 'timely', 'swift'] },

  // Journey and loyalty
  { id: 'customer-journey', phrases: ['customer journey', 'buyer journey', 'path to purchase', 'funnel', 'touchpoint', 'touch point', 'awareness consideration', 'decision journey'] },
  { id: 'loyalty', phrases: ['loyalty', 'retention', 'repeat purchase', 'retain', 'repeat customer', 'loyal'] },
  { id: 'advocacy', phrases: ['advocacy', 'advocate', 'word of mouth', 'referral', 'recommend to friend', 'promoter'] },
  { id: 'integration', phrases: ['integrated', 'integration', 'omnichannel', 'cross-channel', 'cross channel', 'joined-up', 'consistent across'] },
  { id: 'technology', phrases: ['technology', 'digital', 'it', 'data', 'automation', 'crm', 'ai', 'artificial intelligence', 'app', 'software', 'platform'] },
];

/** Words that carry little of a point's meaning; they still count, with a small weight. */
export const GENERIC_WORDS = new Set([
  'social', 'media', 'broader', 'broad', 'wider', 'develop', 'create', 'use', 'using', 'understand', 'understands', 'demonstrate',
  'show', 'shows', 'key', 'effective', 'effectively', 'appropriate', 'appropriately', 'clear', 'clearly', 'relevant', 'identify',
  'identifies', 'explain', 'explains', 'discuss', 'discusses', 'consider', 'considers', 'make', 'makes', 'give', 'gives', 'good',
  'overall', 'specific', 'proposed', 'proposes', 'suitable', 'including', 'include', 'includes', 'based', 'way', 'ways', 'set',
  'sets', 'manage', 'manages', 'approach', 'plan', 'campaign', 'brand', 'organisation', 'company', 'business', 'marketing',
  // The examiner's words for the quality of an answer, not for what it says.
  'genuine', 'supported', 'sound', 'sensible', 'credible', 'valid', 'reasoned', 'justified', 'realistic', 'practical', 'proportionate',
]);

export const STOPWORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'as', 'is', 'are', 'be', 'its',
  'it', 'this', 'that', 'these', 'those', 'their', 'they', 'them', 'into', 'such', 'how', 'what', 'which', 'who', 'whom',
  'e', 'g', 'eg', 'ie', 'etc', 'each', 'any', 'all', 'both', 'between', 'within', 'across', 'than', 'then', 'there', 'has',
  'have', 'was', 'were', 'been', 'can', 'will', 'would', 'should', 'could', 'may', 'might', 'must', 'do', 'does', 'not',
  'where', 'when', 'while', 'about', 'over', 'under', 'up', 'out', 'so', 'also', 'more', 'most', 'other', 'own',
]);

/** Words of ordinary prose: a "sentence" with almost none of them is a list of terms. */
export const FUNCTION_WORDS = new Set([
  ...STOPWORDS,
  'we', 'our', 'us', 'i', 'you', 'your', 'he', 'she', 'his', 'her', 'because', 'therefore', 'since', 'if', 'but', 'however',
  'so', 'which', 'who', 'means', 'would', 'will', 'should', 'need', 'needs', 'helps', 'help', 'lets', 'allow', 'allows',
  'gives', 'makes', 'shows', 'against', 'through', 'before', 'after', 'during', 'per', 'only', 'every', 'rather', 'instead',
]);

export const NEGATORS = new Set([
  'not', 'no', 'never', 'without', 'nor', 'neither', 'cannot', "can't", 'cant', "won't", 'wont', "don't", 'dont',
  "doesn't", 'doesnt', "isn't", 'isnt', "aren't", 'arent', "shouldn't", 'shouldnt', "wouldn't", 'wouldnt', "didn't",
  'didnt',
]);

/** Connectives that show reasoning: the examiner's "because" test for evaluate, justify, recommend. */
export const REASONING_PHRASES = [
  'because', 'so', 'since', 'so that', 'therefore', 'thus', 'hence', 'as a result', 'which means', 'this means', 'meaning that',
  'in order to', 'consequently', 'given that', 'due to', 'otherwise', 'however', 'whereas', 'although', 'which would',
  'this would', 'the reason', 'so the', 'so it', 'so we', 'so they', 'so that the', 'leading to', 'which lets', 'which allows',
  'this allows', 'this lets', 'this gives', 'this helps', 'which helps', 'because of', 'on balance', 'the trade-off', 'at the cost of',
  'the result', 'made the', 'made it', 'which made', 'as it', 'as they', 'as this', 'as we', 'to find out', 'to see whether', 'to see how', 'even though', 'even if', 'that way', 'which shows', 'this shows', 'which is why', 'otherwise',
];

/**
 * The examiner's instructions inside a statement ("Recommends...", "Explains that..."): they say
 * what kind of answer earns the point, not what it is about, so the wording-alone reading skips them.
 */
export const EXAMINER_VERBS = new Set([
  'recommend', 'recommends', 'explain', 'explains', 'evaluate', 'evaluates', 'challenge', 'challenges', 'identify', 'identifies',
  'justify', 'justifies', 'assess', 'assesses', 'interpret', 'interprets', 'propose', 'proposes', 'analyse', 'analyses',
  'discuss', 'discusses', 'describe', 'describes', 'outline', 'outlines', 'note', 'notes', 'noting', 'show', 'shows',
  'demonstrate', 'demonstrates', 'consider', 'considers', 'argue', 'argues', 'suggest', 'suggests', 'recognise', 'recognises',
]);

/**
 * Everyday words that wrap an idea without adding to it ("we will look closely at...", "it is
 * really worth thinking hard about..."). A sentence's own words outside this list and outside the
 * marking's wording are details the learner brought: a month, a product, a group of customers.
 */
export const EVERYDAY_WORDS = new Set([
  'look', 'looking', 'looked', 'closely', 'close', 'carefully', 'careful', 'really', 'very', 'quite', 'rather', 'truly', 'actually',
  'worth', 'thinking', 'think', 'thought', 'hard', 'harder', 'focus', 'focusing', 'focused', 'need', 'needs', 'needed', 'want',
  'wants', 'wanted', 'make', 'makes', 'made', 'making', 'take', 'takes', 'taking', 'took', 'get', 'gets', 'getting', 'got', 'go',
  'goes', 'going', 'went', 'see', 'sees', 'seeing', 'saw', 'know', 'knows', 'knowing', 'knew', 'good', 'great', 'better', 'best',
  'important', 'importance', 'just', 'year', 'years', 'time', 'times', 'thing', 'things', 'lot', 'lots', 'much', 'many', 'way',
  'ways', 'also', 'well', 'try', 'tries', 'trying', 'tried', 'start', 'starts', 'started', 'keep', 'keeps', 'kept', 'put', 'puts',
  'give', 'gives', 'given', 'use', 'uses', 'used', 'using', 'do', 'does', 'doing', 'did', 'done', 'work', 'works', 'working',
  'worked', 'able', 'sure', 'certainly', 'definitely', 'clearly', 'obviously', 'simply', 'basically', 'generally', 'overall',
  'attention', 'consider', 'considers', 'considered', 'considering', 'idea', 'ideas', 'area', 'areas', 'aspect', 'aspects',
  'issue', 'issues', 'matter', 'matters', 'part', 'parts', 'whole', 'new', 'big', 'small', 'main', 'key', 'top', 'next', 'last',
  'first', 'second', 'third', 'now', 'today', 'soon', 'ever', 'always', 'often', 'sometimes', 'again', 'further', 'more', 'less',
  'thorough', 'thoroughly', 'properly', 'proper', 'strongly', 'strong', 'seriously', 'serious', 'deeply', 'deep', 'improve',
  'improving', 'improved', 'help', 'helps', 'helping', 'helped', 'add', 'adds', 'adding', 'added', 'plus', 'along', 'together',
  'right', 'correct', 'correctly', 'effective', 'effectively', 'relevant', 'appropriate', 'suitable', 'clear', 'overall',
  'organisation', 'company', 'business', 'brand', 'firm', 'team', 'approach', 'plan', 'plans', 'planning', 'strategy', 'priority',
  'priorities', 'prioritise', 'ensure', 'ensures', 'ensuring', 'aim', 'aims', 'aiming', 'goal', 'goals', 'especially', 'particular',
  'particularly', 'specific', 'specifically', 'certain', 'various', 'several', 'different', 'other', 'others', 'like', 'likely',
  // Hollow consequences: "because it leads to results" gives no reason of its own.
  'result', 'results', 'resulting', 'lead', 'leads', 'leading', 'led', 'outcome', 'outcomes', 'success', 'successful',
  'succeed', 'succeeds', 'happen', 'happens', 'positive', 'positively', 'benefits', 'beneficial', 'valuable', 'value', 'useful',
  // The connectives' own nouns: "for instance", "which means", "as an example".
  'instance', 'instances', 'means', 'meaning', 'example', 'examples', 'reason', 'reasons',
  // Pointing words: "this matters here" points at nothing of its own.
  'here', 'there', 'stake',
  // Words about the answer's own evidence: "since the 34% is mentioned in the case, which is why it is justified" argues nothing.
  'mention', 'mentions', 'mentioned', 'appear', 'appears', 'appeared', 'justify', 'justifies', 'justified', 'justification',
  'prove', 'proves', 'proved', 'figure', 'figures', 'number', 'numbers', 'case', 'evidence', 'shows', 'show', 'shown',
]);

/**
 * Stock phrases of marketing prose: they fit any organisation and any task, so a sentence made of
 * several says nothing about this one. One in a sentence is style; three make it a stock sentence.
 */
export const STOCK_PHRASES = [
  'leverage', 'leverages', 'leveraging', 'synergy', 'synergies', 'holistic', 'omnichannel', 'omni-channel', 'customer-centric',
  'customer-centricity', 'data-driven', 'value-driven', 'insight-led', 'insight-driven', 'best practice', 'best practices',
  'best-practice', 'best-in-class', 'world-class', 'cutting-edge', 'game-changer', 'game-changing', 'next level', 'next-level',
  'seamless', 'seamlessly', 'robust', 'agile', 'thought leadership', 'move the needle', 'low-hanging fruit', 'paradigm',
  'disruptive', 'empower', 'empowers', 'empowering', 'unlock', 'unlocks', 'unlocking', 'resonate', 'resonates', 'resonating',
  'storytelling', 'hearts and minds', '360-degree', 'end-to-end', 'actionable insights', 'competitive advantage',
  'competitive edge', 'sustainable growth', 'digital landscape', 'ever-changing', 'ever-evolving', 'fast-moving', 'fast-paced',
  'digital age', 'maximise roi', 'maximize roi', 'maximum roi', 'laser-focused', 'dynamic', 'impactful', 'compelling',
  'ahead of the competition', 'ahead of the curve', 'win-win', 'stakeholder alignment', 'drive engagement', 'drives engagement',
  'driving engagement', 'boost brand awareness', 'foster', 'fosters', 'fostering', 'cohesive', 'streamline', 'streamlined',
  'real-time insights', 'long-term success', 'add value', 'adds value', 'deliver value', 'delivers value', 'take it to the next level',
  'in today', 'at the end of the day', 'going forward', 'moving forward', 'key stakeholders', 'culture of',
  'mindset', 'bias for action', 'beating heart', 'two sides of the same coin', 'embrace change', 'the future belongs',
  'outside the box', 'paradigm shift', 'north star', 'double down', 'deep dive', 'secret sauce', 'brand dna', 'state-of-the-art',
  'next-generation', 'revolutionise', 'revolutionize', 'supercharge', 'turbocharge', 'skyrocket', 'harness the power',
  'unparalleled', 'elevate the brand', 'elevate the experience', 'authentic connection', 'authentic connections', 'meaningful connections',
] as const;
