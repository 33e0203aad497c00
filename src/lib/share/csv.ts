/**
 * CSV as RFC 4180 writes it (CRLF line ends, quotes only where needed, quotes doubled), with one
 * addition: text that a spreadsheet would run as a formula is prefixed with an apostrophe. Learner
 * names come from codes anyone can make, and "=HYPERLINK(...)" in a tutor's spreadsheet is an
 * attack, not a name (OWASP "CSV injection").
 */

export type CsvValue = string | number | null | undefined;

// = + - @ start a formula; tab and carriage return can smuggle one past a trim. The full-width
// forms are read as formulas by some spreadsheet locales.
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]|^\s+[=+\-@\uff1d\uff0b\uff0d\uff20]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // A number is written as a number: it cannot be a formula, and "-1" must stay -1.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
