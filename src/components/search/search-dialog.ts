/**
 * The search dialog, loaded only when a learner first opens search, so reading pages never pay
 * for fuse.js or the index. Built with the DOM directly: no framework needed for a list of links.
 */
import type { SearchEntry } from '../../lib/search/entries';
import { type UnitScope, unitsInCourse, isWholeCourse } from '../../lib/course/my-course';
import { readMyCourse } from '../../stores/my-course';
import { MAX_QUERY_CHARS, type Searcher, createSearcher, highlight, search, searchableQuery } from '../../lib/search/query';

let dialog: HTMLDialogElement | null = null;
let searcher: Searcher | null = null;

type Props = Record<string, string | number | boolean>;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function marked(text: string, ranges: [number, number][]): Node[] {
  return highlight(text, ranges).map((piece) => (piece.marked ? element('mark', { textContent: piece.text }) : document.createTextNode(piece.text)));
}

function excerpt(text: string, ranges: [number, number][]): { text: string; ranges: [number, number][] } {
  const first = ranges.find(([start, end]) => end - start >= 2)?.[0] ?? 0;
  const start = Math.max(0, first - 60);
  const shifted = ranges.map(([a, b]) => [a - start, b - start] as [number, number]).filter(([a]) => a >= 0);
  const body = text.slice(start, start + 180);
  return { text: `${start > 0 ? '…' : ''}${body}${start + 180 < text.length ? '…' : ''}`, ranges: start > 0 ? shifted.map(([a, b]) => [a + 1, b + 1] as [number, number]) : shifted };
}

function build(base: string): HTMLDialogElement {
  const input = element('input', { type: 'search', id: 'search-input', autocomplete: 'off', spellcheck: false, maxLength: MAX_QUERY_CHARS });
  input.setAttribute('aria-describedby', 'search-status');
  input.setAttribute('aria-controls', 'search-results');
  const status = element('p', { id: 'search-status', className: 'muted search-status' });
  status.setAttribute('role', 'status');
  const results = element('div', { id: 'search-results', className: 'search-results' });
  const close = element('button', { type: 'button', className: 'secondary', textContent: 'Close' });
  const node = element('dialog', { className: 'search-dialog' }, [
    element('div', { className: 'search-head' }, [element('label', { htmlFor: 'search-input', textContent: 'Search the course' }), close]),
    input,
    status,
    results,
  ]);
  node.setAttribute('aria-label', 'Search the course');
  close.addEventListener('click', () => node.close());
  node.addEventListener('click', (event) => {
    if (event.target === node) node.close();
  });

  // A search field swallows Escape to clear itself; here Escape should close the dialog.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      node.close();
    }
  });

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => render(input.value), 60);
  });

  async function ensureIndex(): Promise<boolean> {
    if (searcher) return true;
    status.textContent = 'Loading the search index…';
    try {
      const response = await fetch(`${base}search-index.json`);
      if (!response.ok) throw new Error(String(response.status));
      searcher = createSearcher((await response.json()) as SearchEntry[]);
      status.textContent = 'Type at least two letters.';
      return true;
    } catch {
      status.textContent = 'Search is not available: the index could not be loaded. Open Markpoint once online to save it for offline use.';
      return false;
    }
  }

  function render(query: string) {
    results.replaceChildren();
    if (!searcher) return;
    if (query.trim().length < 2) {
      status.textContent = 'Type at least two letters.';
      return;
    }
    const groups = search(searcher, query, 6, myCourseUnits());
    const total = groups.reduce((sum, group) => sum + group.hits.length, 0);
    const shown = searchableQuery(query);
    status.textContent = total === 0 ? `No results for “${shown}”.` : `${total} result${total === 1 ? '' : 's'} for “${shown}”.`;
    for (const group of groups) {
      const list = element('ul');
      for (const hit of group.hits) {
        const context = excerpt(hit.entry.text, hit.textRanges);
        const link = element('a', { href: `${base}${hit.entry.href}` }, [element('span', { className: 'hit-title' }, marked(hit.entry.title, hit.titleRanges))]);
        link.addEventListener('click', () => node.close());
        list.append(element('li', {}, [link, element('span', { className: 'hit-unit muted' }, [hit.entry.unit]), element('span', { className: 'hit-text' }, marked(context.text, context.ranges))]));
      }
      const headingId = `search-group-${group.kind}`;
      const section = element('section', {}, [element('h2', { id: headingId, textContent: group.label }), list]);
      section.setAttribute('aria-labelledby', headingId);
      results.append(section);
    }
  }

  node.addEventListener('markpoint:open', () => {
    void ensureIndex().then((ready) => {
      if (ready && input.value) render(input.value);
    });
  });
  return node;
}

/** The units of the learner's chosen course, or null for the whole course (no reordering). */
function myCourseUnits(): ReadonlySet<string> | null {
  const choice = readMyCourse();
  if (isWholeCourse(choice)) return null;
  let scopes: UnitScope[] = [];
  try {
    scopes = JSON.parse(document.getElementById('search-open')?.dataset['units'] ?? '[]') as UnitScope[];
  } catch {
    return null;
  }
  return new Set(unitsInCourse(scopes, choice));
}

export function openSearch(base: string): void {
  if (!dialog) {
    dialog = build(base);
    document.body.append(dialog);
  }
  if (!dialog.open) dialog.showModal();
  dialog.dispatchEvent(new Event('markpoint:open'));
  dialog.querySelector('input')?.focus();
}
