// Packets for a second examiner, and their judgements brought back (scripts/measure-judges.ts reads the result).
//
//   node scripts/judge-packets.mjs make <dir>      writes <dir>/packets/<set>.txt and <dir>/key.json
//   node scripts/judge-packets.mjs collect <dir>   reads <dir>/packets/out/<set>.yaml, writes tests/fixtures/marking/second-judge/<set>.yaml
//
// A packet holds what an examiner marking the paper would have: each scenario's case, task, command,
// marks, marking points and indicative answer, then its answers in shuffled order under opaque codes
// ("<scenario>#A"). It holds no answer kinds, no first judgements, no hints and no marker output. The
// examiner is given <dir>/packets and tests/fixtures/marking/second-judge/RUBRIC.md only; key.json,
// which turns codes back into answer ids, stays outside the packets folder.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const base = 'tests/fixtures/marking';
const SETS = ['tune', 'heldout', 'fresh', 'fresh2'];
const [mode, dir] = process.argv.slice(2);
if (!['make', 'collect'].includes(mode ?? '') || !dir) {
  console.error('usage: node scripts/judge-packets.mjs make|collect <dir>');
  process.exit(2);
}

if (mode === 'make') {
  mkdirSync(join(dir, 'packets', 'out'), { recursive: true });
  const key = {};
  // A fixed seed, so the same packets can be made again.
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (const set of SETS) {
    let text = '';
    for (const file of readdirSync(join(base, set)).sort()) {
      const labelled = parse(readFileSync(join(base, set, file), 'utf8'));
      const id = labelled.scenario.replace('fixture/', '');
      const scenario = parse(readFileSync(join(base, 'scenarios', `${id}.yaml`), 'utf8'));
      const answers = labelled.answers.map((answer) => ({ id: answer.id, answer: answer.answer }));
      for (let i = answers.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [answers[i], answers[j]] = [answers[j], answers[i]];
      }
      text += `\n\n######## SCENARIO ${id}\n\nTitle: ${scenario.title}\nCommand word: ${scenario.command}\nMarks: ${scenario.marks}\n\nCASE:\n${scenario.case}\nTASK: ${scenario.task}\n\nMARKING POINTS:\n`;
      for (const point of scenario.points) text += `- ${point.id} (${point.marks} mark${point.marks === 1 ? '' : 's'}): ${point.statement}\n`;
      if (scenario.model) text += `\nINDICATIVE ANSWER (examiner's own):\n${scenario.model}\n`;
      answers.forEach((answer, i) => {
        const code = `${id}#${String.fromCharCode(65 + i)}`;
        key[code] = { set, scenario: id, id: answer.id };
        text += `\n---- ANSWER ${code}\n${answer.answer}\n`;
      });
    }
    writeFileSync(join(dir, 'packets', `${set}.txt`), text.trimStart());
  }
  writeFileSync(join(dir, 'key.json'), JSON.stringify(key, null, 1));
  console.log(`packets in ${join(dir, 'packets')}; the examiner writes ${join(dir, 'packets', 'out', '<set>.yaml')}`);
} else {
  const key = JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8'));
  mkdirSync(join(base, 'second-judge'), { recursive: true });
  for (const set of SETS) {
    const judged = parse(readFileSync(join(dir, 'packets', 'out', `${set}.yaml`), 'utf8'));
    const rows = Object.entries(judged)
      .map(([code, points]) => {
        const entry = key[code];
        if (!entry || entry.set !== set) throw new Error(`${set}.yaml: ${code} is not an answer code of ${set}`);
        return [`${entry.scenario}#${entry.id}`, points];
      })
      .sort((a, b) => a[0].localeCompare(b[0]));
    const lines = rows.map(([answer, points]) => `"${answer}": { ${Object.entries(points).map(([point, status]) => `${point}: ${status}`).join(', ')} }`);
    writeFileSync(join(base, 'second-judge', `${set}.yaml`), `${lines.join('\n')}\n`);
  }
  console.log('written: tests/fixtures/marking/second-judge/*.yaml; check them with node scripts/check-labelled.mjs');
}
