/**
 * Semantic reach that stays lexical: a table made at build time (scripts/expand-table.ts, from
 * word vectors and WordNet) lists, for a statement's word, other words that say the same thing.
 * Reading a statement from its wording alone, the marker accepts those words too, and an author
 * can read exactly which ("also accepted: fortnightly, monthly"). Nothing here is statistical at
 * run time: the table is the whole of the reach.
 */
import { FUNCTION_WORDS } from './lexicon.ts';
import { phraseStems, stemWord } from './text.ts';

/** As written to disk: a word and the words also accepted for it. */
export type ExpansionTable = Readonly<Record<string, readonly string[]>>;

/** The table indexed by stem, as the marker compares words. */
export interface Expansion {
  /** For each stem, the words (or short phrases) also accepted, with their stems. */
  readonly byStem: ReadonlyMap<string, readonly { word: string; stems: readonly string[] }[]>;
}

/**
 * Indexes a table by stem. Entries whose keys share a stem ("posts", "posting") merge; a neighbour
 * that is only another form of its key, a function word or a repeat is dropped, since it would
 * either add nothing or match almost any answer.
 */
export function expansionIndex(table: ExpansionTable): Expansion {
  const byStem = new Map<string, { word: string; stems: string[] }[]>();
  for (const [word, neighbours] of Object.entries(table)) {
    const key = stemWord(word.toLowerCase());
    const list = byStem.get(key) ?? [];
    for (const neighbour of neighbours) {
      const lower = neighbour.toLowerCase().trim().replace(/\s+/g, ' ');
      const stems = phraseStems(lower);
      const same = (entry: { stems: string[] }) => entry.stems.join(' ') === stems.join(' ');
      if (stems.length === 0 || FUNCTION_WORDS.has(lower) || (stems.length === 1 && stems[0] === key) || list.some(same)) continue;
      list.push({ word: lower, stems });
    }
    if (list.length > 0) byStem.set(key, list);
  }
  return { byStem };
}

/** The words an author reads as "also accepted" for a statement word's stem. */
export function alsoAccepted(expansion: Expansion | null, stem: string): string[] {
  return (expansion?.byStem.get(stem) ?? []).map((entry) => entry.word);
}

/** The same words as the marker matches them: phrasings (stem sequences) to add to the word's group. */
export function expandedAlternatives(expansion: Expansion | null, stem: string): string[][] {
  return (expansion?.byStem.get(stem) ?? []).map((entry) => [...entry.stems]);
}
