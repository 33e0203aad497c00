/**
 * A deck as the learner meets it: each key term forwards (term -> definition), backwards when the
 * learner asks for it, and the misconceptions they have fallen for, all in one queue.
 */

export interface TermCardSource {
  /** "<unit>/<term id>" */
  id: string;
  term: string;
  definition: string;
  example?: string;
  lessonHref: string;
  lessonTitle: string;
}

export interface MisconceptionCardSource {
  /** "<unit>/<misconception id>" */
  id: string;
  claim: string;
  correction: string;
  lessonHref: string;
  lessonTitle: string;
}

export type CardKind = 'term' | 'reverse' | 'misconception';

export interface StudyCard {
  /** What progress records: "<unit>/<term>", "<unit>/<term>:reverse", "misconception:<unit>/<id>". */
  id: string;
  kind: CardKind;
  frontLabel: string;
  front: string;
  backLabel: string;
  back: string;
  example?: string;
  lessonHref: string;
  lessonTitle: string;
}

export const REVERSE_SUFFIX = ':reverse';
export const MISCONCEPTION_PREFIX = 'misconception:';

export function buildDeck(
  terms: readonly TermCardSource[],
  options: { reverse: boolean; misconceptions: readonly MisconceptionCardSource[]; openMisconceptions: ReadonlySet<string> },
): StudyCard[] {
  const cards: StudyCard[] = [];
  for (const term of terms) {
    const shared = { lessonHref: term.lessonHref, lessonTitle: term.lessonTitle, ...(term.example ? { example: term.example } : {}) };
    cards.push({ id: term.id, kind: 'term', frontLabel: 'Term', front: term.term, backLabel: 'Definition', back: term.definition, ...shared });
    if (options.reverse) {
      cards.push({ id: `${term.id}${REVERSE_SUFFIX}`, kind: 'reverse', frontLabel: 'Definition', front: term.definition, backLabel: 'Term', back: term.term, ...shared });
    }
  }
  for (const item of options.misconceptions) {
    if (!options.openMisconceptions.has(item.id)) continue;
    cards.push({
      id: `${MISCONCEPTION_PREFIX}${item.id}`,
      kind: 'misconception',
      frontLabel: 'Myth or fact?',
      front: item.claim,
      backLabel: 'Myth. The correction',
      back: item.correction,
      lessonHref: item.lessonHref,
      lessonTitle: item.lessonTitle,
    });
  }
  return cards;
}

/** The unit a card belongs to, for counts by unit. */
export function unitOfCard(cardId: string): string {
  return cardId.replace(MISCONCEPTION_PREFIX, '').split('/')[0] ?? '';
}
