/** Finds runs of words an author copied from a source: the course is written in its own words. */

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

export function copiedRuns(text: string, sources: readonly string[], runLength = 12): string[] {
  const shingles = new Set<string>();
  for (const source of sources) {
    const sourceWords = words(source);
    for (let i = 0; i + runLength <= sourceWords.length; i += 1) shingles.add(sourceWords.slice(i, i + runLength).join(' '));
  }
  const textWords = words(text);
  const found: string[] = [];
  for (let i = 0; i + runLength <= textWords.length; i += 1) {
    const run = textWords.slice(i, i + runLength).join(' ');
    if (shingles.has(run)) found.push(run);
  }
  return found;
}
