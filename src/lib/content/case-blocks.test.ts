import { describe, expect, it } from 'vitest';
import { caseBlocks } from './case-blocks.ts';

describe('a scenario case split into blocks', () => {
  it('keeps prose paragraphs as paragraphs, joining their wrapped lines', () => {
    expect(caseBlocks('First line\nwraps on.\n\nSecond paragraph.')).toEqual([
      { kind: 'paragraph', text: 'First line wraps on.' },
      { kind: 'paragraph', text: 'Second paragraph.' },
    ]);
  });

  it('turns lines beginning with a hyphen into list items, with any lead-in sentence kept', () => {
    expect(caseBlocks('Last quarter it spent £24,000:\n- LinkedIn: £15,000\n- Meta: £6,000')).toEqual([
      { kind: 'list', lead: 'Last quarter it spent £24,000:', items: ['LinkedIn: £15,000', 'Meta: £6,000'] },
    ]);
  });

  it('leaves a block alone when prose follows a hyphenated line, so a dash in a sentence is never a list', () => {
    expect(caseBlocks('- not really a list\nbecause this line is prose')).toEqual([
      { kind: 'paragraph', text: '- not really a list because this line is prose' },
    ]);
    expect(caseBlocks('Sales rose - slowly - all year.')).toEqual([{ kind: 'paragraph', text: 'Sales rose - slowly - all year.' }]);
  });
});
