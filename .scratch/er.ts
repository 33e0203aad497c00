import { loadCourse } from '../src/lib/content/load.ts';
import { probeScenarios } from '../src/cli/probes.ts';
import { DEFAULT_PARAMETERS as P } from '../src/lib/marking/params.ts';
import { echoReader, scenarioVocabulary } from '../src/lib/marking/rules.ts';
import { phraseStems } from '../src/lib/marking/text.ts';
const loaded = loadCourse(process.cwd()); if (!loaded.ok) throw 0;
const sc = probeScenarios(process.cwd(), loaded.value).get(process.argv[2]!)!;
const v = scenarioVocabulary(sc);
console.log(echoReader(sc, P)(process.argv[3]!), phraseStems(process.argv[3]!).map(s => `${s}${v.shown.has(s) ? '*' : ''}`).join(' '));
