/**
 * Numeric answers: reading what a learner typed, and judging it against an answer with a tolerance.
 *
 * The rules for reading an answer, which the quiz states to the learner:
 * - Spaces anywhere are ignored: "1 200" is 1200.
 * - Commas group thousands only: "1,200" and "12,345.6" are read; "3,3" is refused with a message
 *   asking for a decimal point, because guessing between a decimal comma and a typo would mark a
 *   learner wrong for a slip of notation.
 * - A leading minus sign, a currency sign (£, $, €) before or after the sign, and a final "k"
 *   (thousand) or "m" (million) are read: "-£1.2k" is -1200.
 * - The question's own unit may be typed after the number ("3.3%", "4.2x", "12 days"), and a
 *   currency sign only when the unit is that currency. A different unit is refused, so a learner
 *   who answers a ROAS question with "250%" is told the answer is wanted as a ratio, not marked wrong.
 * - Anything else is refused with a message; a refused answer is never graded.
 */
import { type Result, err, ok } from '../result.ts';

export interface NumericAnswer {
  answer: number;
  /** Accepted distance either side of the answer, in the answer's unit. */
  tolerance: number;
  /** "£", "%", "x", "days"...: what the answer is measured in. */
  unit: string;
}

/** The number read, or the sentence telling the learner how to type it. */
export type ParsedNumber = Result<number, string>;

const CURRENCY_SIGNS = ['£', '$', '€'] as const;

export function isCurrencyUnit(unit: string): boolean {
  return (CURRENCY_SIGNS as readonly string[]).includes(unit);
}

/** How the unit is shown with a number: currency before it, a symbol straight after, a word after a space. */
export function formatWithUnit(value: number, unit: string): string {
  const number = formatNumber(value);
  if (isCurrencyUnit(unit)) return value < 0 ? `-${unit}${formatNumber(-value)}` : `${unit}${number}`;
  if (unit === '%' || unit === 'x') return `${number}${unit}`;
  return `${number} ${unit}`;
}

/** Up to four decimals, trailing zeros dropped, thousands grouped: 1200 -> "1,200", 0.25 -> "0.25". */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 4, useGrouping: true });
}

const MULTIPLIERS: Record<string, number> = { k: 1_000, m: 1_000_000 };
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^(\d+(\.\d*)?|\.\d+)$/;

export function parseNumericInput(input: string, unit: string): ParsedNumber {
  let text = input.replace(/\s+/g, '');
  if (text === '') return err('Type a number first.');
  const unitLower = unit.toLowerCase().replace(/\s+/g, '');

  let negative = false;
  let currency: string | null = null;
  // Sign and currency sign in either order at the start: "-£5", "£-5".
  for (let step = 0; step < 2; step += 1) {
    if (/^[-−]/.test(text) && !negative) {
      negative = true;
      text = text.slice(1);
    } else if (currency === null && CURRENCY_SIGNS.some((sign) => text.startsWith(sign))) {
      currency = text[0] ?? null;
      text = text.slice(1);
    }
  }
  // The question's unit, or a currency sign, after the number.
  if (!isCurrencyUnit(unit) && unitLower !== '' && text.toLowerCase().endsWith(unitLower) && text.length > unitLower.length) {
    text = text.slice(0, text.length - unitLower.length);
  } else if (currency === null && CURRENCY_SIGNS.some((sign) => text.endsWith(sign))) {
    currency = text.slice(-1);
    text = text.slice(0, -1);
  }
  let multiplier = 1;
  const suffix = text.slice(-1).toLowerCase();
  if (suffix in MULTIPLIERS && /\d/.test(text.slice(-2, -1))) {
    multiplier = MULTIPLIERS[suffix] ?? 1;
    text = text.slice(0, -1);
  }

  if (currency !== null && currency !== unit) {
    return err(isCurrencyUnit(unit) ? `Give the answer in ${unit}, not ${currency}.` : `This answer is ${describeUnit(unit)}, not money: leave out the ${currency}.`);
  }
  if (!/\d/.test(text)) {
    return err(`“${input.trim()}” is not a number I can read. Type digits, e.g. ${formatWithUnit(12.5, unit)}.`);
  }
  if (text.endsWith('%') || /[a-z]$/i.test(text)) {
    return err(`This answer is ${describeUnit(unit)}: type just the number, e.g. ${formatWithUnit(12.5, unit)}.`);
  }
  let digits: string;
  if (GROUPED.test(text)) digits = text.replaceAll(',', '');
  else if (PLAIN.test(text)) digits = text;
  else if (/^\d+,\d{1,2}$/.test(text)) return err(`Use a point for decimals: ${text.replace(',', '.')}, not ${text}.`);
  else return err(`“${input.trim()}” is not a number I can read. Type digits, e.g. ${formatWithUnit(12.5, unit)}.`);

  const value = Number(digits) * multiplier * (negative ? -1 : 1);
  if (!Number.isFinite(value)) return err('That number is too large to read.');
  // Multiplying by 1,000 can leave binary noise (1.2 * 1000 = 1200.0000000000002).
  return ok(multiplier === 1 ? value : Number(value.toPrecision(12)));
}

function describeUnit(unit: string): string {
  if (isCurrencyUnit(unit)) return `in ${unit}`;
  if (unit === '%') return 'a percentage';
  if (unit === 'x') return 'a ratio (for example 4.2x)';
  return `in ${unit}`;
}

/**
 * Within tolerance, inclusive. The tiny allowance absorbs floating-point error in the answer key
 * (0.1 + 0.2), so a learner who types exactly the edge of the range is accepted.
 */
export function isWithinTolerance(value: number, spec: NumericAnswer): boolean {
  const slack = 1e-9 * Math.max(1, Math.abs(spec.answer), spec.tolerance);
  return Math.abs(value - spec.answer) <= spec.tolerance + slack;
}

/** The accepted range as a learner reads it: "£1,190 to £1,210". */
export function describeRange(spec: NumericAnswer): string {
  if (spec.tolerance === 0) return formatWithUnit(spec.answer, spec.unit);
  return `${formatWithUnit(spec.answer - spec.tolerance, spec.unit)} to ${formatWithUnit(spec.answer + spec.tolerance, spec.unit)}`;
}
