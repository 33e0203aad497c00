import { readFileSync } from 'node:fs';
import { loadCourse } from '../src/lib/content/load.ts';
import { probeScenarios } from '../src/cli/probes.ts';
import { DEFAULT_PARAMETERS as P } from '../src/lib/marking/params.ts';
import { readAnswerText } from '../src/lib/marking/read.ts';
import { caseGrams, classifySentences, echoReader, markBoilerplate, markDevelopment, scenarioVocabulary } from '../src/lib/marking/rules.ts';
const loaded = loadCourse(process.cwd()); if (!loaded.ok) throw 0;
const byId = probeScenarios(process.cwd(), loaded.value);
const [id, file] = process.argv.slice(2);
const sc = byId.get(id!)!;
const text = readFileSync(file!, 'utf8');
const index = readAnswerText(text, sc.context ?? [], P);
classifySentences(index, echoReader(sc, P), P, caseGrams(sc.case));
const v = scenarioVocabulary(sc);
markBoilerplate(index, v, P); markDevelopment(index, v, P);
for (const s of index.analysed.sentences) {
  console.log(s.index, 'own', index.ownWords[s.index], 'dev', index.developed[s.index], 'rsn', index.reasoned[s.index], 'app', index.applied[s.index], 'bp', index.boilerplate[s.index], 'blk', index.blocked.get(s.index) ?? '', '|', text.slice(s.start, s.end).slice(0, 110));
}
const owns = (s: typeof index.analysed.sentences[number]) => index.analysed.tokens.slice(s.firstToken, s.endToken).filter(t => !v.shown.has(t.stem) && !v.caseTerms.has(t.stem)).map(t => t.lower);
console.log(index.analysed.sentences.slice(0,4).map(owns));
