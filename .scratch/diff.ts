// Per-judgement diff between default params and params with some rules disabled, on non-heldout sets.
import { loadCourse } from '../src/lib/content/load.ts';
import { labelledCollections } from '../src/cli/labelled-sets.ts';
import { markAnswer } from '../src/lib/marking/marker.ts';
import { markerParameters, type RuleName } from '../src/lib/marking/params.ts';
import { withoutHints } from '../src/lib/marking/labelled.ts';
import { statusFromMarks } from '../src/lib/marking/agreement.ts';
const loaded = loadCourse(process.cwd()); if (!loaded.ok) throw 0;
const { collections } = labelledCollections(process.cwd(), loaded.value, { skipHeldout: true });
const off = markerParameters({ disabledRules: process.argv.slice(2) as RuleName[] });
const rank = { not: 0, partly: 1, earned: 2 } as const;
for (const c of collections) {
  let better = 0, worse = 0;
  for (const a of c.answers) for (const mode of ['hints', 'wording'] as const) {
    const sc = mode === 'hints' ? a.scenario : withoutHints(a.scenario);
    const on = markAnswer(sc, a.answer), offR = markAnswer(sc, a.answer, off);
    on.points.forEach((p, i) => {
      const q = offR.points[i]!; const human = a.judgements[p.id]; if (!human || p.status === q.status) return;
      const dOn = Math.abs(rank[p.status] - rank[human]), dOff = Math.abs(rank[q.status] - rank[human]);
      if (dOn < dOff) better++; else if (dOn > dOff) { worse++; console.log(c.label, mode, a.id, a.kind, p.id, 'human', human, 'now', p.status, 'was', q.status); }
    });
  }
  console.log('==', c.label, 'better', better, 'worse', worse);
}
