/**
 * The hint assistant: proposes `hints.require` concept groups for each marking point of a scenario,
 * from the statement as the marker reads it, the model answer's passage that makes the point, and
 * the lexicon, and warns about phrasings that will not behave as an author expects. It changes
 * nothing in the marker: it reads a point exactly as the marker would and reports what it sees.
 */
import type { MarkingHints, MarkingPoint, Scenario } from '../content/schemas.ts';
import { alsoAccepted } from './expand.ts';
import { CONCEPTS, EVERYDAY_WORDS } from './lexicon.ts';
import { DEFAULT_PARAMETERS, type MarkerParameters, ruleOn } from './params.ts';
import { deniedWords, findGroup, readAnswerText, type AnswerIndex } from './read.ts';
import { markDevelopment, scenarioVocabulary } from './rules.ts';
import { judgePoint } from './score.ts';
import { type Group, functionStems, preparePoint, stopStems } from './statement.ts';
import { analyse, phraseStems, stemWord } from './text.ts';

/** The most phrasings proposed per group: enough to cover everyday wording, few enough to check by eye. */
const MAX_PHRASINGS = 12;
/** AUTHORING.md asks for two to four groups: more makes full marks need every one in one passage. */
const MAX_GROUPS = 4;

/**
 * Common words of answers whose everyday sense differs from a marketing term that shares their
 * stem: "the following steps" is not about followers, "a positive reply" is not positioning.
 * A phrasing's word that stems like one of these also matches it.
 */
export const COMMON_WORDS: readonly string[] = [
  // Each line holds words an answer uses in senses the marketing term beside them does not have.
  'follow', 'following', 'positive', 'positively', 'positioning', 'response', 'responses', 'responsible', 'responsibility',
  'time', 'times', 'timely', 'timing', 'market', 'marketing', 'general', 'generally', 'generation', 'generate', 'generated',
  'organ', 'organic', 'organise', 'organised', 'organisation', 'community', 'communities', 'communication', 'communications',
  'conversation', 'conversations', 'conversion', 'university', 'universal', 'object', 'objective', 'objection', 'custom',
  'customary', 'customer', 'lead', 'leading', 'live', 'lively', 'like', 'likely', 'likewise', 'respect', 'respective',
  'respectively', 'experience', 'experiment', 'product', 'production', 'productive', 'secure', 'security', 'execution',
  'executive', 'mean', 'meaning', 'means', 'build', 'building', 'set', 'setting', 'new', 'news', 'rate', 'rating', 'relation',
  'relations', 'relative', 'relatively', 'present', 'presence', 'presentation', 'state', 'statement', 'station', 'critic',
  'critical', 'critically', 'office', 'official', 'part', 'partial', 'particular', 'particularly', 'party', 'sense', 'sensible',
  'sensitive', 'common', 'commonly', 'commission', 'account', 'accounting', 'count', 'value', 'valid', 'post', 'poster',
  'case', 'trust', 'trustee', 'target', 'targeting', 'channel', 'engine', 'act', 'action', 'active', 'actual',
  'actually', 'influence', 'influencer', 'influential', 'share', 'shareholder', 'view', 'viewpoint', 'order', 'ordinary',
  'free', 'freedom', 'form', 'formal', 'format',
  'support', 'supporter', 'content', 'contented', 'paid', 'pay', 'payment', 'local', 'locally', 'global', 'globally',
];

export interface StemCollision {
  phrasing: string;
  word: string;
  stem: string;
  /** Common words the marker cannot tell from the phrasing's word. */
  alsoMatches: string[];
}

/** A plural or simple inflection of the same word is no collision: "post" and "posts" are one idea. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer.startsWith(shorter) && /^(s|es|d|ed)$/.test(longer.slice(shorter.length));
}

const commonWordsByStem = new Map<string, string[]>();
for (const word of new Set(COMMON_WORDS)) {
  const stem = stemWord(word);
  const list = commonWordsByStem.get(stem);
  if (list) list.push(word);
  else commonWordsByStem.set(stem, [word]);
}

/**
 * Each word of a phrasing whose stem the marker also finds in an unrelated common word: the
 * marker compares stems, so "followers" is met by "the following", "the market" by "the marketing team".
 */
export function stemCollisions(phrasing: string, commonWords: ReadonlyMap<string, string[]> = commonWordsByStem): StemCollision[] {
  const collisions: StemCollision[] = [];
  for (const token of analyse(phrasing).tokens) {
    if (stopStems.has(token.stem)) continue;
    const alsoMatches = (commonWords.get(token.stem) ?? []).filter((word) => !sameWord(word, token.lower)).sort();
    if (alsoMatches.length > 0) collisions.push({ phrasing, word: token.lower, stem: token.stem, alsoMatches });
  }
  return collisions;
}

/** Builds a stem index of a custom word list, for tests and for authors with their own list. */
export function commonWordIndex(words: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const word of words) {
    const stem = stemWord(word.toLowerCase());
    index.set(stem, [...(index.get(stem) ?? []), word.toLowerCase()]);
  }
  return index;
}

export interface HyphenNote {
  phrasing: string;
  word: string;
  /** Spellings a learner may use that this phrasing does not match. */
  unmatched: string[];
}

/**
 * The marker keeps a hyphenated word whole ("follow-up" is one token, stemmed as a whole), so a
 * phrasing with a hyphen matches only the hyphenated spelling, and "follow up" or "followup"
 * written by a learner are other words to it. Words joined by "/" or "&" ("a/b") behave alike.
 */
export function hyphenNotes(phrasings: readonly string[]): HyphenNote[] {
  const present = new Set(phrasings.map((phrasing) => phraseStems(phrasing).join(' ')));
  const notes: HyphenNote[] = [];
  for (const phrasing of phrasings) {
    for (const token of analyse(phrasing).tokens) {
      // The marker's word pattern joins words across "-", "/" and "&" ("follow-up", "a/b", "r&d").
      if (!/[-/&]/.test(token.lower)) continue;
      const spaced = token.lower.replace(/[-/&]/g, ' ');
      const joined = token.lower.replace(/[-/&]/g, '');
      const unmatched = [spaced, joined].filter((spelling) => !present.has(phraseStems(phrasing.toLowerCase().replace(token.lower, spelling)).join(' ')));
      if (unmatched.length > 0) notes.push({ phrasing, word: token.lower, unmatched });
    }
  }
  return notes;
}

export interface PartialCreditRule {
  groups: number;
  marks: number;
  /** Marks a passage meeting exactly one group earns (with every other demand met). */
  oneGroupEarns: number;
  /** The fewest groups that earn half marks, or null when no number short of all does. */
  groupsForHalf: number | null;
  /** Half marks as the marker gives them: floor(marks) / 2. */
  halfMarks: number;
  summary: string;
  /** Set when the count makes partial credit behave in a way an author may not expect. */
  warning?: string;
}

/**
 * How score.ts turns the number of an author's groups met into marks. Every `require` group has
 * weight 1 and is required, so a passage's share is met/total: all of them earn the point (if
 * application and reasoning are met too), a share of at least `partlyShare` earns floor(marks)/2
 * (below `earnedShare`, only with a reason or the case beside the passage), and less earns nothing.
 */
export function partialCredit(groups: number, marks: number, params: MarkerParameters = DEFAULT_PARAMETERS): PartialCreditRule {
  const halfMarks = Math.floor(marks) / 2;
  const earnedBy = (met: number) => (met >= groups ? marks : met / groups >= params.partlyShare ? halfMarks : 0);
  const oneGroupEarns = groups === 0 ? 0 : earnedBy(1);
  let groupsForHalf: number | null = null;
  for (let met = 1; met < groups; met += 1) {
    if (met / groups >= params.partlyShare) {
      groupsForHalf = met;
      break;
    }
  }
  const marksWord = (value: number) => `${value} mark${value === 1 ? '' : 's'}`;
  const summary =
    groups === 0
      ? 'no groups: the point is judged on its statement’s wording'
      : `${groups} group${groups === 1 ? '' : 's'}: ${groups === 1 ? 'it earns' : groups === 2 ? 'both in one passage earn' : `all ${groups} in one passage earn`} ${marksWord(marks)}; ` +
        (groupsForHalf === null ? 'nothing short of that earns part' : `${groupsForHalf} of ${groups} earn${groupsForHalf === 1 ? 's' : ''} ${marksWord(halfMarks)}`) +
        (groupsForHalf !== null && groupsForHalf / groups < params.earnedShare && ruleOn(params, 'partial-reason') ? ' with a reason or the case beside them' : '') +
        `; one group alone earns ${marksWord(oneGroupEarns)}`;
  let warning: string | undefined;
  if (groups === 1) warning = `one group earns the whole point: any one phrasing of it gives all ${marksWord(marks)}, so a keyword alone is enough`;
  else if (groups >= 3 && oneGroupEarns === 0 && 1 / groups >= params.partlyShare - 0.01)
    warning = `one of ${groups} groups is a share of ${(1 / groups).toFixed(3)}, just under the ${params.partlyShare} needed for part credit, so it earns nothing: ${groupsForHalf} are needed for ${marksWord(halfMarks)}`;
  else if (groups > MAX_GROUPS) warning = `${groups} groups: full marks need every one in a single passage of up to ${params.windowSentences} sentences, which strong answers often miss`;
  else if (Math.floor(marks) !== marks || marks === 1) warning = `the point is worth ${marksWord(marks)}, so part credit is ${marksWord(halfMarks)}`;
  return { groups, marks, oneGroupEarns, groupsForHalf, halfMarks, summary, ...(warning ? { warning } : {}) };
}

export interface ProposedGroup {
  /** The statement's words for the idea. */
  label: string;
  phrasings: string[];
  /** Where the phrasings came from: the statement, the model answer and the lexicon. */
  fromModel: string[];
  fromLexicon: string[];
}

export interface PointProposal {
  pointId: string;
  statement: string;
  marks: number;
  /** The model answer's sentences that best make the point as the statement words it. */
  modelPassage: string | null;
  groups: ProposedGroup[];
  /** Statement words not proposed as groups: generic, the case's own names, or not used by the model answer. */
  leftOut: string[];
  hints: Pick<MarkingHints, 'require' | 'application' | 'reasoning'>;
  /** What the model answer earns for this point with the proposed hints, as the marker sees it. */
  modelStatusWithProposal: 'earned' | 'partly' | 'not';
  partialCredit: PartialCreditRule;
  /**
   * Read from its wording alone, the words the marker also accepts for each statement word (from
   * the parameters' expansion table), so an author sees the whole reach: "weekly: fortnightly, monthly".
   */
  alsoAccepted: { word: string; accepted: string[] }[];
  /** The same reading of the hints the point already has, if any. */
  existing?: { partialCredit: PartialCreditRule; warnings: string[] };
  warnings: string[];
}

/** Lexicon concepts whose phrasings the marker's reading put into a group, as written phrases. */
function lexiconPhrases(group: Group): string[] {
  const keys = new Set(group.alternatives.map((alternative) => alternative.join(' ')));
  return CONCEPTS.flatMap((concept) => concept.phrases.filter((phrase) => keys.has(phraseStems(phrase).join(' '))));
}

function uniquePhrasings(phrasings: readonly string[]): string[] {
  const seen = new Set<string>();
  return phrasings.filter((phrasing) => {
    const key = phraseStems(phrasing).join(' ');
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The words of the model answer that meet a group within the passage, as the model writes them. */
function modelWords(index: AnswerIndex, group: Group, from: number, to: number): string[] {
  const { tokens, text } = index.analysed;
  return findGroup(index, group.alternatives, from, to).map(([start, end]) => text.slice(tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0).toLowerCase());
}

/** The passage of the model answer (a run of sentences) where the statement's groups meet most. */
function modelPassage(index: AnswerIndex, points: readonly MarkingPoint[], groups: Group[], params: MarkerParameters): { from: number; to: number; text: string } | null {
  const { sentences, text } = index.analysed;
  // The first reading that finds a passage wins: the author's hints know the point better than its wording.
  const judged = points.map((point) => judgePoint(index, preparePoint(point, params), params, false)).find((judgement) => judgement.sentences.length > 0) ?? { sentences: [] };
  const spanToTokens = (start: number, end: number) => {
    const first = sentences.find((sentence) => sentence.start >= start);
    const last = [...sentences].reverse().find((sentence) => sentence.end <= end);
    return first && last ? { from: first.firstToken, to: last.endToken } : null;
  };
  const firstSpan = judged.sentences[0];
  const lastSpan = judged.sentences[judged.sentences.length - 1];
  if (firstSpan && lastSpan) {
    const range = spanToTokens(firstSpan.start, lastSpan.end);
    if (range) return { ...range, text: text.slice(firstSpan.start, lastSpan.end).trim() };
  }
  // The marker found nothing it would credit: take the single sentence that meets most groups.
  let best: { from: number; to: number; text: string; met: number } | null = null;
  for (const sentence of sentences) {
    const met = groups.filter((group) => findGroup(index, group.alternatives, sentence.firstToken, sentence.endToken).length > 0).length;
    if (met > 0 && (!best || met > best.met)) best = { from: sentence.firstToken, to: sentence.endToken, text: text.slice(sentence.start, sentence.end).trim(), met };
  }
  return best;
}

/** "applied to the case" asks for application (the `application` flag), not for the word "applied". */
const APPLICATION_WORDS = /^(appl(y|ies|ied)|case|context)$/i;
const REASON_DEMAND = /\b(explains? why|justif(y|ies|ied)|because|reasons?|why)\b/i;
const APPLICATION_DEMAND = /\b(the case|applies|applied|to (the|this) (organisation|business|brand|company|firm|charity|council)|for (the|this) (organisation|business|brand|company|firm|charity|council))\b/i;

function phrasingWarnings(phrasings: readonly string[]): string[] {
  const warnings: string[] = [];
  const reported = new Set<string>();
  for (const phrasing of phrasings) {
    for (const collision of stemCollisions(phrasing)) {
      if (reported.has(collision.word)) continue;
      reported.add(collision.word);
      warnings.push(
        `stemming: “${collision.word}” (in “${phrasing}”) is read as the stem “${collision.stem}”, so it also matches ${collision.alsoMatches.map((word) => `“${word}”`).join(', ')}; use a longer phrase if those would wrongly earn the group`,
      );
    }
  }
  for (const note of hyphenNotes(phrasings)) {
    if (reported.has(note.word)) continue;
    reported.add(note.word);
    warnings.push(
      `hyphen: the marker keeps “${note.word}” as one word (stemmed whole, not split at the ${/-/.test(note.word) ? 'hyphen' : 'joining mark'}), so “${note.phrasing}” does not match ${note.unmatched.map((spelling) => `“${spelling}”`).join(' or ')}; add ${note.unmatched.length === 1 ? 'that spelling' : 'those spellings'} if learners write it so`,
    );
  }
  return warnings;
}

/** Words that say nothing alone: a phrasing of one of them would be met by almost any answer. */
const weakStems = new Set([...stopStems, ...functionStems, ...[...EVERYDAY_WORDS].map((word) => stemWord(word))]);

/**
 * The statement's own words for a group, as written ("cost per acquisition"): its alternatives
 * found within the stretch of the statement the group was read from.
 */
function statementWords(statement: ReturnType<typeof analyse>, group: Group): string[] {
  const { tokens, text } = statement;
  const labelStart = text.indexOf(group.label);
  const from = labelStart < 0 ? 0 : labelStart;
  const to = labelStart < 0 ? text.length : labelStart + group.label.length;
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if ((tokens[i]?.start ?? 0) < from) continue;
    const alternative = group.alternatives
      .filter((stems) => (tokens[i + stems.length - 1]?.end ?? Infinity) <= to && stems.every((stem, offset) => tokens[i + offset]?.stem === stem))
      .sort((a, b) => b.length - a.length)[0];
    if (!alternative) continue;
    i += alternative.length - 1;
    // An "e.g." list makes every word of it an alternative; "its" or "look" alone would earn the group for anything.
    if (alternative.length === 1 && weakStems.has(alternative[0] ?? '')) continue;
    words.push(text.slice(tokens[i - alternative.length + 1]?.start ?? 0, tokens[i]?.end ?? 0).toLowerCase());
  }
  return words;
}

/**
 * Groups whose statement words stand in a denied clause ("without boosting posts"): a learner who
 * writes the clause as the examiner did has those words denied too, so they never meet the group.
 */
function deniedInStatement(statement: ReturnType<typeof analyse>, groups: readonly { label: string }[], params: MarkerParameters): string[] {
  const denied = deniedWords(statement.text, statement.tokens, params);
  const deniedStems = new Set(statement.tokens.filter((_, i) => denied[i]).map((token) => token.stem));
  return groups.filter((group) => phraseStems(group.label).some((stem) => deniedStems.has(stem))).map((group) => group.label);
}

/** Proposes concept groups and warnings for every marking point of a scenario. */
export function proposeHints(scenario: Scenario, params: MarkerParameters = DEFAULT_PARAMETERS): PointProposal[] {
  const index = readAnswerText(scenario.model, scenario.context, params);
  const contextStems = scenario.context.map(phraseStems);
  const nameStems = new Set(scenario.context.filter((term) => !/\d/.test(term)).flatMap(phraseStems));
  /** The proposal from the model passage that `locator`'s reading of the point finds. */
  const proposeFor = (point: MarkingPoint, locator: MarkingPoint): PointProposal => {
    // Read the point as if it had no hints: the marker's own reading of the statement's wording.
    const wordingPoint: MarkingPoint = { id: point.id, statement: point.statement, marks: point.marks };
    const wording = preparePoint(wordingPoint, params);
    const statement = analyse(point.statement);
    const passage = modelPassage(index, [locator === point ? point : wordingPoint], wording.groups, params);
    const found = (group: Group) => (passage ? modelWords(index, group, passage.from, passage.to) : []);
    // Generic words ("develop", "clear") and broad concepts earn little; a group needs a real idea.
    // The case's names are what `application` checks for: as a group they would be a second, stricter application test.
    const caseName = (group: Group) => group.alternatives.every((stems) => stems.length > 0 && stems.every((stem) => nameStems.has(stem)));
    const candidates = wording.groups.filter((group) => group.weight >= 1 && !caseName(group) && !APPLICATION_WORDS.test(group.label));
    const inModel = candidates.filter((group) => found(group).length > 0);
    // The model answer is the examiner's own answer: when it makes the point with some of the
    // statement's ideas, those are the ones a learner must make too.
    const chosenList = inModel.length >= 1 ? inModel : candidates;
    const chosen = new Set((chosenList.length > 0 ? chosenList : wording.groups.filter((group) => !caseName(group))).slice(0, MAX_GROUPS));
    const kept = wording.groups.filter((group) => chosen.has(group));
    const ownWords = kept.map((group) => statementWords(statement, group));
    // A phrasing in two groups would let one word meet both: it stays with the group whose
    // statement words hold it, or else with the first group that has it.
    const claimed = new Set(ownWords.flat().map((phrasing) => phraseStems(phrasing).join(' ')));
    const taken = new Set<string>();
    // Groups with the fewest of the model's words choose first, so a word the model uses for one
    // idea ("likes" for a vanity metric) is not spent on a group that has others.
    const claimOrder = kept.map((group, i) => ({ group, i, modelCount: found(group).length })).sort((a, b) => a.modelCount - b.modelCount || a.i - b.i);
    const byIndex = new Map<number, ProposedGroup>();
    for (const { group, i } of claimOrder) {
      const own = ownWords[i] ?? [];
      const ownKeys = new Set(own.map((phrasing) => phraseStems(phrasing).join(' ')));
      const free = (phrasing: string) => {
        const key = phraseStems(phrasing).join(' ');
        return ownKeys.has(key) || (!claimed.has(key) && !taken.has(key));
      };
      const fromModel = uniquePhrasings(found(group)).filter(free);
      const fromLexicon = lexiconPhrases(group).filter(free);
      const strong = (phrasing: string) => !phraseStems(phrasing).every((stem) => stopStems.has(stem) || functionStems.has(stem));
      const phrasings = uniquePhrasings([...own, ...fromModel, ...fromLexicon]).filter(strong).slice(0, MAX_PHRASINGS);
      for (const phrasing of phrasings) taken.add(phraseStems(phrasing).join(' '));
      byIndex.set(i, { label: group.label, phrasings, fromModel, fromLexicon });
    }
    const groups = kept.flatMap((_, i) => {
      const group = byIndex.get(i);
      return group && group.phrasings.length > 0 ? [group] : [];
    });
    const leftOut = wording.groups.filter((group) => !chosen.has(group)).map((group) => group.label);
    const passageTokens = passage ? analyse(passage.text).tokens.map((token) => token.stem) : [];
    const passageNamesCase = contextStems.some((stems) => stems.length > 0 && passageTokens.some((_, i) => stems.every((stem, offset) => passageTokens[i + offset] === stem)));
    const application = APPLICATION_DEMAND.test(point.statement) || (scenario.command !== 'explain' && passageNamesCase);
    const reasoning = REASON_DEMAND.test(point.statement);
    const hints = {
      require: groups.map((group) => group.phrasings),
      ...(application ? { application: true } : {}),
      ...(reasoning ? { reasoning: true } : {}),
    } as Pick<MarkingHints, 'require' | 'application' | 'reasoning'>;

    const withProposal: MarkingPoint = { ...wordingPoint, hints: { accept: [], reject: [], application, reasoning, require: hints.require } };
    const modelIndex = readAnswerText(scenario.model, scenario.context, params);
    // As the marker reads it: a passage earns only where the answer develops it.
    markDevelopment(modelIndex, scenarioVocabulary(scenario));
    const modelStatusWithProposal = judgePoint(modelIndex, preparePoint(withProposal, params), params).status;
    const credit = partialCredit(groups.length, point.marks, params);
    const warnings = [...(credit.warning ? [`partial credit: ${credit.warning}`] : []), ...phrasingWarnings(groups.flatMap((group) => group.phrasings))];
    if (modelStatusWithProposal !== 'earned')
      warnings.push(`model answer: with these groups the model answer’s mark for this point is “${modelStatusWithProposal}”; add the model’s own wording to the group it misses`);
    if (application && !passageNamesCase) warnings.push('application: the model passage names none of the scenario’s `context` terms, so the model itself would lose the application demand');
    for (const label of deniedInStatement(statement, wording.groups, params))
      warnings.push(
        `negation: the statement denies “${label}”; the marker skips words in a denied clause, so a learner who writes “not ${label}” or “without ${label}” never meets this group: phrase it as the positive idea, or use \`reject\` for the wrong version`,
      );
    for (const group of groups)
      if (group.fromModel.length === 0) warnings.push(`group “${group.label}”: the model answer’s passage does not use it, so check a learner would need it at all`);

    const existingGroups = point.hints?.require ?? [];
    const existing =
      existingGroups.length > 0
        ? (() => {
            const existingCredit = partialCredit(existingGroups.length, point.marks, params);
            return {
              partialCredit: existingCredit,
              warnings: [...(existingCredit.warning ? [`partial credit: ${existingCredit.warning}`] : []), ...phrasingWarnings(existingGroups.flat())],
            };
          })()
        : undefined;

    const statementExpansions = new Map<string, { word: string; accepted: string[] }>();
    const has = (group: Group, phrase: readonly string[]) => group.alternatives.some((stems) => stems.join(' ') === phrase.join(' '));
    for (const token of statement.tokens) {
      if (statementExpansions.has(token.stem)) continue;
      const accepted = alsoAccepted(params.expansion, token.stem);
      // Reported only where the marker's reading really took them in (a lexicon phrase is not expanded).
      const taken = wording.groups.some((group) => has(group, [token.stem]) && accepted.every((word) => has(group, phraseStems(word))));
      if (accepted.length > 0 && taken) statementExpansions.set(token.stem, { word: token.lower, accepted });
    }

    return {
      pointId: point.id,
      statement: point.statement,
      marks: point.marks,
      modelPassage: passage?.text ?? null,
      groups,
      leftOut,
      alsoAccepted: [...statementExpansions.values()],
      hints,
      modelStatusWithProposal,
      partialCredit: credit,
      ...(existing ? { existing } : {}),
      warnings,
    };
  };
  const rank = { earned: 0, partly: 1, not: 2 } as const;
  return scenario.points.map((point) => {
    const wordingPoint: MarkingPoint = { id: point.id, statement: point.statement, marks: point.marks };
    const proposals = [proposeFor(point, wordingPoint)];
    // An existing point's own hints may find the passage where the point is made better than its
    // wording does; the proposal the model answer earns best with is kept (the wording's on a tie).
    if (point.hints?.require.length) proposals.push(proposeFor(point, point));
    return [...proposals].sort((a, b) => rank[a.modelStatusWithProposal] - rank[b.modelStatusWithProposal])[0] as PointProposal;
  });
}

