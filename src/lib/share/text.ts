/**
 * Free text that travels in share codes (titles, names, notes). It is data, shown with textContent
 * and never as HTML, so nothing is escaped here: "<b>" stays "<b>". What is removed is what could
 * make a name misbehave on screen or in a spreadsheet: control characters, and the Unicode bidi
 * overrides that can make "Ann" display as something else ("Trojan Source" style spoofing).
 */

/** Longest text each field may hold, in UTF-16 code units (what an input's maxlength counts). */
export const TEXT_LIMITS = {
  title: 120,
  tutor: 60,
  note: 500,
  learner: 60,
} as const;

// C0 controls, DEL, C1 controls, and the bidi embedding/override/isolate characters.
const REMOVED = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// Whitespace controls become a plain space so "Week\t3" does not turn into "Week3".
const SPACING = /[\t\u000b\u000c]/g;

export interface PlainTextOptions {
  /** Keep line breaks (a tutor's note); otherwise they become spaces. */
  multiline?: boolean;
}

export function plainText(value: string, options: PlainTextOptions = {}): string {
  const lines = mendSurrogates(value)
    .replace(/\r\n?/g, '\n')
    .replace(SPACING, ' ')
    .replace(REMOVED, '');
  return (options.multiline ? lines : lines.replace(/\n/g, ' ')).trim();
}

/**
 * A lone surrogate cannot be encoded as UTF-8, so it would come back as U+FFFD: replace it now and
 * the text survives a round trip unchanged. (A loop, not a lookbehind regex, which Safari before
 * 16.4 cannot even parse.)
 */
function mendSurrogates(value: string): string {
  if (!/[\ud800-\udfff]/.test(value)) return value;
  let out = '';
  // for...of walks code points: a pair comes through whole, a lone surrogate alone.
  for (const char of value) {
    const code = char.charCodeAt(0);
    out += char.length === 1 && code >= 0xd800 && code <= 0xdfff ? '\ufffd' : char;
  }
  return out;
}
