/** A scenario's case as blocks a page can render: paragraphs, and "- " lines as a real list. */

export type CaseBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const ITEM = /^\s*[-*•]\s+/;

export function caseBlocks(text: string): CaseBlock[] {
  const blocks: CaseBlock[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let prose: string[] = [];
    let items: string[] = [];
    const flushProse = () => {
      if (prose.length) blocks.push({ kind: 'paragraph', text: prose.join(' ') });
      prose = [];
    };
    const flushItems = () => {
      if (items.length) blocks.push({ kind: 'list', items });
      items = [];
    };
    for (const line of paragraph.split('\n')) {
      if (!line.trim()) continue;
      if (ITEM.test(line)) {
        flushProse();
        items.push(line.replace(ITEM, '').trim());
      } else if (items.length && /^\s+/.test(line)) {
        // An indented line continues the item above it.
        items[items.length - 1] = `${items[items.length - 1]} ${line.trim()}`;
      } else {
        flushItems();
        prose.push(line.trim());
      }
    }
    flushProse();
    flushItems();
  }
  return blocks;
}
