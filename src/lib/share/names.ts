/**
 * Learner names as a tutor reads them. A name travels in a results code anyone can write, so the
 * same person typed twice must land on one row, and a name built to look like someone else's must
 * be flagged rather than trusted.
 */
import { plainText } from './text.ts';

// Zero-width space/non-joiner, word joiner, invisible operators, BOM, soft hyphen,
// Mongolian vowel separator, and every bidi mark, embedding, override and isolate.
const INVISIBLE = /[\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// A zero-width joiner is kept only where it joins an emoji sequence (👩🏽‍🏫); anywhere else it is
// invisible and only splits one name into two. Captures, not a lookbehind: older Safari lacks it.
const JOINER = /([\s\S]?)\u200d(?=(\p{Extended_Pictographic})?)/gu;
const JOINS_FROM = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f]/u;

function dropStrayJoiners(text: string): string {
  return text.replace(JOINER, (_match, before: string, after: string | undefined) => (after && JOINS_FROM.test(before) ? `${before}\u200d` : before));
}

/**
 * The name as it should be stored and shown: NFKC (full-width and compatibility forms folded),
 * invisible and direction-changing characters removed, runs of spaces made one.
 */
export function normaliseName(name: string): string {
  return plainText(dropStrayJoiners(name.normalize('NFKC').replace(INVISIBLE, ''))).replace(/\s+/g, ' ');
}

/** Names a tutor would judge the same person: case and spacing aside, after normalising. */
export function nameIdentity(name: string): string {
  // Not toLocaleLowerCase: with a locale it took a third of reading 5,000 codes, and names need
  // no locale-specific casing (Turkish dotted I aside, which the tutor still sees as one person).
  return normaliseName(name).toLowerCase();
}

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Hebrew', 'Arabic', 'Devanagari', 'Bengali', 'Thai', 'Georgian', 'Hangul', 'Han', 'Hiragana', 'Katakana'] as const;
export type NameScript = (typeof SCRIPTS)[number] | 'Other';

const SCRIPT_PATTERNS: [NameScript, RegExp][] = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')]);

function scriptOf(letter: string): NameScript {
  for (const [script, pattern] of SCRIPT_PATTERNS) if (pattern.test(letter)) return script;
  return 'Other';
}

/**
 * The scripts a name's letters come from, in order of first use. Japanese legitimately mixes Han
 * with kana, so those three count as one; anything else mixing scripts within one name, such as
 * a Cyrillic "А" among Latin letters, is how a name is made to look like another.
 */
const ONE_SCRIPT = /^(?:[\p{Script=Latin}\P{L}]*|[\p{Script=Cyrillic}\P{L}]*|[\p{Script=Greek}\P{L}]*|[\p{Script=Arabic}\P{L}]*)$/u;

export function mixedScripts(name: string): NameScript[] {
  // Most names are in one of a few scripts: one test answers them, not a test per letter and script.
  if (ONE_SCRIPT.test(name)) return [];
  const found: NameScript[] = [];
  for (const letter of name.match(/\p{L}/gu) ?? []) {
    const script = scriptOf(letter);
    if (!found.includes(script)) found.push(script);
  }
  const japanese: readonly NameScript[] = ['Han', 'Hiragana', 'Katakana'];
  const distinct = found.filter((script) => !japanese.includes(script));
  const hasJapanese = found.some((script) => japanese.includes(script));
  return distinct.length + (hasJapanese ? 1 : 0) > 1 ? found : [];
}
