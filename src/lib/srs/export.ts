/**
 * A deck as text another flashcard app imports as it is: tab-separated (Anki, Quizlet) and CSV.
 * Tabs and line breaks inside a field would break a TSV row, so they become spaces; CSV quotes.
 */

export interface ExportableTerm {
  term: string;
  definition: string;
}

const flatten = (text: string) => text.replace(/[\t\r\n]+/g, ' ').trim();

export function deckToTsv(terms: readonly ExportableTerm[]): string {
  return `${terms.map((term) => `${flatten(term.term)}\t${flatten(term.definition)}`).join('\n')}\n`;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function deckToCsv(terms: readonly ExportableTerm[]): string {
  return `${['term,definition', ...terms.map((term) => `${csvField(term.term)},${csvField(term.definition)}`)].join('\r\n')}\r\n`;
}
