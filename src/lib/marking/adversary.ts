/**
 * The feedback-echo adversary: a learner who games the marker with its own feedback. It marks a
 * minimal answer, reads the reasons, writes the words they name back into the answer without any
 * development (no reason, example or application), and repeats. It also tries the statements'
 * own words. The "dressed" style then does what the feedback asks on the surface only: it wraps the
 * same words in "because", "for example" and the case's names and figures, with no reason of its
 * own. A marker that teaches without leaking keeps such answers to a small share of marks.
 */
import { FUNCTION_WORDS, STOPWORDS } from './lexicon.ts';
import { type MarkableScenario, markAnswer } from './marker.ts';
import { DEFAULT_PARAMETERS, type MarkerParameters } from './params.ts';

export const ADVERSARY_STYLES = ['keywords', 'phrases', 'statements', 'dressed'] as const;
export type AdversaryStyle = (typeof ADVERSARY_STYLES)[number];

export interface AdversaryRun {
  style: AdversaryStyle;
  /** The answer after each round, and its share of the marks. */
  rounds: { answer: string; share: number }[];
  /** The largest share any round reached. */
  share: number;
}

const QUIET = new Set([...FUNCTION_WORDS, ...STOPWORDS]);

/** The words a reason names: its quoted phrases, and its other content words. */
export function wordsFromReason(reason: string): { phrases: string[]; words: string[] } {
  const phrases = [...reason.matchAll(/“([^”]+)”/g)].map((match) => match[1] ?? '').filter(Boolean);
  const words = [...reason.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((match) => match[0]).filter((word) => !QUIET.has(word) && word.length > 2);
  return { phrases, words };
}

const EXAMINER_OPENING = /^(recommends?|explains?( why| how| that)?|evaluates?|challenges?|identifies|justifies|assesses|interprets|proposes|analyses|uses|sets|names|tracks|links|splits|allocates|shows|plans|reconciles|criticises|maps|specifies|prioritises|benchmarks)\s+/i;

export function subjectOf(scenario: MarkableScenario): string {
  return scenario.context?.find((term) => !/\d/.test(term)) ?? 'The organisation';
}

/**
 * One sentence per idea, with no development: the case's name, a modal, and the words handed
 * back. The learner sees each point's statement beside its reason, so the adversary uses both.
 */
function sentencesFor(style: AdversaryStyle, subject: string, statement: string, reason: string, caseTerms: readonly string[]): string[] {
  const { phrases, words } = wordsFromReason(reason);
  const statementClause = statement.replace(EXAMINER_OPENING, '').replace(/[.]$/, '');
  if (style === 'statements') return [`${subject} should ${statementClause}.`];
  if (style === 'phrases') return [statementClause, ...phrases].map((phrase) => `${subject} should ${phrase.replace(EXAMINER_OPENING, '')}.`);
  // Short sentences of three words each, as a learner gaming the marker writes them: a long list is set aside.
  const all = [...new Set([...wordsFromReason(statement).words, ...words])];
  const sentences: string[] = [];
  for (let i = 0; i < all.length; i += 3) {
    const chunk = all.slice(i, i + 3);
    const listed = chunk.length > 1 ? `${chunk.slice(0, -1).join(', ')} and ${chunk[chunk.length - 1]}` : chunk[0];
    // Varied wrappers, some with filler words of the learner's own, so a rule cannot key on one template.
    const wrappers =
      style === 'dressed'
        ? dressedWrappers(subject, listed, caseTerms, i / 3)
        : [`${subject} should focus on ${listed}.`, `We will look closely at ${listed} this year.`, `It is really worth thinking hard about ${listed}.`, `${subject} needs ${listed}.`];
    sentences.push(wrappers[(i / 3) % wrappers.length] ?? '');
  }
  return [sentences.join(' ')];
}

/** The case's names and figures around handed-back words, with connectives that promise a reason and give none. */
function dressedWrappers(subject: string, listed: string | undefined, caseTerms: readonly string[], turn: number): string[] {
  const term = (k: number) => caseTerms[(turn * 2 + k) % Math.max(1, caseTerms.length)] ?? subject;
  return [
    `Because of ${term(0)}, ${subject} should focus on ${listed}, for example ${term(1)}.`,
    `${subject} should use ${listed} because ${term(0)} matters, so ${term(1)} improves.`,
    `For ${term(0)} and ${term(1)}, ${listed} is important because it leads to results.`,
    `${subject} needs ${listed}, for instance at ${term(1)}, which means better results for ${term(0)}.`,
  ];
}

export function runAdversary(scenario: MarkableScenario, style: AdversaryStyle, rounds = 3, params: MarkerParameters = DEFAULT_PARAMETERS): AdversaryRun {
  const subject = subjectOf(scenario);
  let answer = `${subject} should act on this.`;
  const history: AdversaryRun['rounds'] = [];
  let result = markAnswer(scenario, answer, params);
  for (let round = 0; round < rounds; round += 1) {
    const added = result.points.flatMap((point) => (point.status === 'earned' ? [] : sentencesFor(style, subject, point.statement, point.reason, scenario.context ?? [])));
    // Each round keeps what earned before and adds the feedback's words, one paragraph per point.
    const known = new Set(answer.split('\n\n'));
    answer = [answer, ...new Set(added.filter((sentence) => !known.has(sentence)))].join('\n\n');
    result = markAnswer(scenario, answer, params);
    history.push({ answer, share: result.total / result.max });
  }
  return { style, rounds: history, share: Math.max(0, ...history.map((entry) => entry.share)) };
}

export interface AdversaryReport {
  style: AdversaryStyle;
  mean: number;
  worst: { scenario: string; share: number };
}

export function adversaryReport(scenarios: readonly { key: string; scenario: MarkableScenario }[], params: MarkerParameters = DEFAULT_PARAMETERS): AdversaryReport[] {
  return ADVERSARY_STYLES.map((style) => {
    const shares = scenarios.map(({ key, scenario }) => ({ key, share: runAdversary(scenario, style, 3, params).share }));
    const worst = shares.reduce((a, b) => (b.share > a.share ? b : a), { key: '', share: 0 });
    return { style, mean: shares.reduce((sum, entry) => sum + entry.share, 0) / Math.max(1, shares.length), worst: { scenario: worst.key, share: worst.share } };
  });
}
