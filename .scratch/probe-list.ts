import { readFileSync, readdirSync } from 'node:fs';
import { loadCourse } from '../src/lib/content/load.ts';
import { probeScenarios, PROBE_TUNE_SCENARIOS } from '../src/cli/probes.ts';
import { markAnswerInDetail } from '../src/lib/marking/marker.ts';
const loaded = loadCourse(process.cwd());
if (!loaded.ok) throw new Error('load');
const byId = probeScenarios(process.cwd(), loaded.value);
const dir = 'tests/fixtures/marking/probes';
const half = process.argv[2] ?? 'tune';
const show = process.argv[3];
const rows: [number, string][] = [];
for (const name of readdirSync(dir).sort()) {
  const m = /^(.+)-([a-ex])-r\d+\.txt$/.exec(name); if (!m) continue;
  if (PROBE_TUNE_SCENARIOS.has(m[1]!) !== (half === 'tune')) continue;
  const sc = byId.get(m[1]!)!; const text = readFileSync(`${dir}/${name}`, 'utf8');
  const { result, setAside } = markAnswerInDetail(sc, text);
  rows.push([result.total / result.max, name]);
  if (show && name.includes(show)) {
    console.log('=====', name, result.total, '/', result.max, 'words', result.words, 'range', sc.words);
    console.log(text);
    for (const p of result.points) console.log(p.id, p.status, p.marks, '/', p.max, '|', p.evidence.map((s) => text.slice(s.start, s.end)).join(' · '));
    for (const s of setAside) console.log('  set aside', s.reason, ':', s.text.slice(0, 80));
  }
}
if (!show) for (const [s, n] of rows.sort((a, b) => b[0] - a[0]).slice(0, 25)) console.log((s * 100).toFixed(1), n);
