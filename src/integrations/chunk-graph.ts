/**
 * Records the browser bundle's import graph as Rollup built it (which chunk statically imports which),
 * in .astro/chunk-graph.json. Astro turns Vite's own build manifest off, and the size budget must
 * not guess imports with regexes over minified code. `npm run budget` reads this file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Plugin } from 'vite';

export const CHUNK_GRAPH_FILE = '.astro/chunk-graph.json';

export interface ChunkGraph {
  [fileName: string]: { imports: string[]; dynamicImports: string[] };
}

export function chunkGraph(outFile = CHUNK_GRAPH_FILE): Plugin {
  const graph: ChunkGraph = {};
  return {
    name: 'markpoint:chunk-graph',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        // Browser chunks are emitted under _astro/; server chunks are not, and are not counted.
        if (output.type === 'chunk' && output.fileName.startsWith('_astro/')) {
          graph[output.fileName] = { imports: output.imports, dynamicImports: output.dynamicImports };
        }
      }
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify(graph, null, 1));
    },
  };
}
