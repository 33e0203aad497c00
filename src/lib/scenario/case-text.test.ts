import { describe, expect, it } from 'vitest';
import { caseBlocks } from './case-text.ts';

describe('a case as blocks', () => {
  it('turns "- " lines into a list after the sentence that introduces them', () => {
    const text = 'Ledgerline sells payroll software.\n\nLast quarter it spent £24,000:\n- LinkedIn: £15,000\n- Meta: £6,000\n- X: £3,000\n\nThe board wants more.';
    expect(caseBlocks(text)).toEqual([
      { kind: 'paragraph', text: 'Ledgerline sells payroll software.' },
      { kind: 'paragraph', text: 'Last quarter it spent £24,000:' },
      { kind: 'list', items: ['LinkedIn: £15,000', 'Meta: £6,000', 'X: £3,000'] },
      { kind: 'paragraph', text: 'The board wants more.' },
    ]);
  });
  it('leaves a hyphen inside a sentence alone, and joins wrapped prose lines', () => {
    expect(caseBlocks('A cost-per-lead of £40\nfell - slowly.')).toEqual([{ kind: 'paragraph', text: 'A cost-per-lead of £40 fell - slowly.' }]);
  });
});
