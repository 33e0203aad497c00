import { analyse } from '../src/lib/marking/text.ts';
import { functionStems, stopStems } from '../src/lib/marking/statement.ts';
import { EVERYDAY_WORDS } from '../src/lib/marking/lexicon.ts';
import { stemWord } from '../src/lib/marking/text.ts';
const ev = new Set([...EVERYDAY_WORDS].map(stemWord));
const a = analyse(process.argv[2]!);
console.log(a.tokens.map(t => (!/\d/.test(t.lower) && (functionStems.has(t.stem) || stopStems.has(t.stem) || functionStems.has(t.lower) || ev.has(t.stem))) ? t.stem : `[${t.lower}]`).join(' '));
