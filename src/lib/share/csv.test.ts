import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('csv', () => {
  it('quotes only cells with commas, quotes or line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Smith, Ann')).toBe('"Smith, Ann"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(0.5)).toBe('0.5');
  });

  it('ends every record with CRLF', () => {
    expect(toCsv([['a', 1], ['b,c', null]])).toBe('a,1\r\n"b,c",\r\n');
  });

  it('prefixes text a spreadsheet would run as a formula with an apostrophe', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+44 7700 900123')).toBe("'+44 7700 900123");
    expect(csvCell('-Ann')).toBe("'-Ann");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('  =1')).toBe("'  =1");
    expect(csvCell('＝1+2')).toBe("'＝1+2");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('Ann = top')).toBe('Ann = top');
  });

  it('writes numbers as numbers, negative ones too', () => {
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(Number.NaN)).toBe('');
  });
});
