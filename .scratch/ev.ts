import { loadCourse } from '../src/lib/content/load.ts';
import { labelledCollections } from '../src/cli/labelled-sets.ts';
import { markAnswer } from '../src/lib/marking/marker.ts';
import { markerParameters, type RuleName } from '../src/lib/marking/params.ts';
import { withoutHints } from '../src/lib/marking/labelled.ts';
const loaded = loadCourse(process.cwd()); if (!loaded.ok) throw 0;
const { collections } = labelledCollections(process.cwd(), loaded.value, { skipHeldout: true });
const [id, pointId, mode, ...rules] = process.argv.slice(2);
for (const c of collections) for (const a of c.answers) if (a.id === id) {
  const sc = mode === 'wording' ? withoutHints(a.scenario) : a.scenario;
  for (const params of [markerParameters({ disabledRules: rules as RuleName[] }), markerParameters()]) {
    const r = markAnswer(sc, a.answer, params); const p = r.points.find((x) => x.id === pointId)!;
    console.log(p.status, p.reason, '|', p.evidence.map((s) => a.answer.slice(s.start, s.end)).join(' · '));
    console.log('  sentences:', p.sentences.map((s) => a.answer.slice(s.start, s.end)).join(' // '));
  }
  console.log('statement:', a.scenario.points.find((x) => x.id === pointId)?.statement);
}
