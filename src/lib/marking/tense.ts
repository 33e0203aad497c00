/**
 * Narrative sentences: a past-tense verb and no present or modal one ("Her kite's engagement rate
 * fell from 3.1% to 1.2%"). An answer recounts the case now and then; an answer made almost wholly
 * of them is a story, whatever terms are dropped into it. No labelled answer written in earnest
 * went above about half.
 */
import type { Token } from './text.ts';

const IRREGULAR_PAST = new Set([
  'was', 'were', 'had', 'said', 'made', 'went', 'got', 'took', 'came', 'saw', 'knew', 'thought', 'felt', 'found', 'gave', 'told',
  'became', 'left', 'kept', 'began', 'ran', 'wrote', 'sat', 'stood', 'lost', 'spent', 'sold', 'bought', 'brought', 'held', 'grew',
  'fell', 'rose', 'won', 'ate', 'drank', 'sang', 'flew', 'threw', 'wore', 'chose', 'drove', 'spoke', 'broke', 'heard', 'meant', 'paid',
  'led', 'did', 'sent', 'built', 'taught', 'caught', 'fought', 'slept', 'met', 'swam', 'woke', 'forgot', 'hid',
]);

/** Present and modal verbs: a sentence with one argues or recommends, whatever else it recounts. */
const PRESENT_OR_MODAL = new Set([
  'is', 'are', 'am', "isn't", "aren't", 'should', 'would', 'could', 'will', 'can', 'must', 'may', 'might', 'shall', 'cannot', "won't",
  "wouldn't", "shouldn't", "can't", 'need', 'needs', 'has', 'have', 'do', 'does', "doesn't", "don't", 'let', 'lets', 'be',
]);

/** "-ed" words that are not past verbs, and words after which "-ed" is a passive or perfect participle. */
const ED_NOT_PAST = new Set(['need', 'based', 'red', 'bed', 'shed', 'seed', 'feed', 'speed', 'hundred', 'indeed', 'biased', 'related']);
const PARTICIPLE_AFTER = new Set(['is', 'are', 'be', 'been', 'being', 'get', 'gets', 'has', 'have']);

/** A third-person present verb ("shows", "suggests") in a sentence about the case is an argument, not a recounting. */
const PRESENT_THIRD_PERSON = /^(?:recommend|suggest|propose|argue|show|mean|matter|work|help|make|give|keep|use|risk|cost|reach|build|lose|add|fit|depend|require|allow|create|reduce|increase|drive|explain|indicate|point|need|seem|remain|stay|look|leave|protect|prove|tell|say)s$/;

export function isNarrative(tokens: readonly Token[]): boolean {
  let past = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const word = tokens[i]?.lower ?? '';
    if (PRESENT_OR_MODAL.has(word) || PRESENT_THIRD_PERSON.test(word)) return false;
    if (IRREGULAR_PAST.has(word) || (/[a-z]{3,}ed$/.test(word) && !ED_NOT_PAST.has(word) && !PARTICIPLE_AFTER.has(tokens[i - 1]?.lower ?? ''))) past = true;
  }
  return past;
}
