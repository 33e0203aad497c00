import { describe, expect, it } from 'vitest';
import { deckToCsv, deckToTsv } from './export.ts';

const terms = [
  { term: 'KPI', definition: 'A key performance indicator: a measure tied to an objective.' },
  { term: 'Cost, per "acquisition"', definition: 'Spend divided by customers won,\nfor one channel.' },
  { term: 'Tab\tterm', definition: 'Plain' },
];

/** A strict RFC 4180 reader, written here so the test does not trust the writer's own rules. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  return rows;
}

describe('deck exports', () => {
  it('writes one term and definition per line, tab-separated, that parse back', () => {
    const lines = deckToTsv(terms).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const parsed = lines.map((line) => line.split('\t'));
    expect(parsed.every((cells) => cells.length === 2)).toBe(true);
    expect(parsed[0]).toEqual([terms[0]?.term, terms[0]?.definition]);
    expect(parsed[1]?.[1]).toBe('Spend divided by customers won, for one channel.');
    expect(parsed[2]?.[0]).toBe('Tab term');
  });
  it('writes CSV with a header that parses back exactly', () => {
    const rows = parseCsv(deckToCsv(terms));
    expect(rows[0]).toEqual(['term', 'definition']);
    expect(rows.slice(1)).toEqual(terms.map((term) => [term.term, term.definition]));
  });
});
