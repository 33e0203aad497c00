/**
 * A scenario's case is plain text: paragraphs separated by blank lines, and lists written as
 * lines beginning "- ". Splitting it here keeps the page and the tutor's runner showing a list of
 * platform figures or tasks as a list, rather than as one run-on paragraph with stray hyphens.
 */
export type CaseBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; lead: string; items: string[] };

const ITEM = /^\s*-\s+/;

export function caseBlocks(text: string): CaseBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block): CaseBlock => {
      const lines = block.split('\n').map((line) => line.trim());
      const firstItem = lines.findIndex((line) => ITEM.test(line));
      // A block is a list only when every line from the first item on is an item; anything else
      // (a hyphen inside a sentence, a dash used as punctuation) stays a paragraph.
      if (firstItem === -1 || !lines.slice(firstItem).every((line) => ITEM.test(line))) return { kind: 'paragraph', text: lines.join(' ') };
      return { kind: 'list', lead: lines.slice(0, firstItem).join(' '), items: lines.slice(firstItem).map((line) => line.replace(ITEM, '')) };
    });
}
