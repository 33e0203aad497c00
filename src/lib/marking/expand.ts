/**
 * Semantic reach that stays lexical: a table made at build time (scripts/expand-table.ts, from
 * word vectors and WordNet) lists, for a statement's word, other words that say the same thing.
 * Reading a statement from its wording alone, the marker accepts those words too, and an author
 * can read exactly which ("also accepted: fortnightly, monthly"). Nothing here is statistical at
 * run time: the table is the whole of the reach.
 */
import { FUNCTION_WORDS } from './lexicon.ts';
import { stemWord } from './text.ts';

/** As written to disk: a word and the words also accepted for it. */
export type ExpansionTable = Readonly<Record<string, readonly string[]>>;

/** The table indexed by stem, as the marker compares words. */
export interface Expansion {
  readonly byStem: ReadonlyMap<string, readonly { word: string; stem: string }[]>;
}

/**
 * Indexes a table by stem. Entries whose keys share a stem ("posts", "posting") merge; a neighbour
 * that is only another form of its key, a function word or a repeat is dropped, since it would
 * either add nothing or match almost any answer.
 */
export function expansionIndex(table: ExpansionTable): Expansion {
  const byStem = new Map<string, { word: string; stem: string }[]>();
  for (const [word, neighbours] of Object.entries(table)) {
    const key = stemWord(word.toLowerCase());
    const list = byStem.get(key) ?? [];
    for (const neighbour of neighbours) {
      const lower = neighbour.toLowerCase().trim();
      const stem = stemWord(lower);
      if (!lower || FUNCTION_WORDS.has(lower) || stem === key || list.some((entry) => entry.stem === stem)) continue;
      list.push({ word: lower, stem });
    }
    if (list.length > 0) byStem.set(key, list);
  }
  return { byStem };
}

/** The words an author reads as "also accepted" for a statement word's stem. */
export function alsoAccepted(expansion: Expansion | null, stem: string): string[] {
  return (expansion?.byStem.get(stem) ?? []).map((entry) => entry.word);
}

/** The same words as the marker matches them: one-stem phrasings to add to the word's group. */
export function expandedAlternatives(expansion: Expansion | null, stem: string): string[][] {
  return (expansion?.byStem.get(stem) ?? []).map((entry) => [entry.stem]);
}
