/**
 * Copying: a sentence most of whose words sit in runs of four shared with a source (the case, or
 * the model answer the learner is shown after marking) was copied from it, not written. The model
 * answer travels as a string of hashed runs only, so an assignment or LMS package can refuse a pasted model
 * answer without carrying the model answer itself.
 */
import { hashString } from '../random/seeded.ts';
import { phraseStems, type Token } from './text.ts';

/** Runs of this many words shared with a source mark copying; shorter runs are ordinary phrases. */
export const COPY_GRAM = 4;
/** A sentence is copied when at least this share of its words sit in runs shared with the source. */
const COPIED_SHARE = 0.6;

/** Every run of COPY_GRAM stems in a text, joined by spaces. */
export function stemRuns(text: string): string[] {
  const stems = phraseStems(text);
  const runs: string[] = [];
  for (let i = 0; i + COPY_GRAM <= stems.length; i += 1) runs.push(stems.slice(i, i + COPY_GRAM).join(' '));
  return runs;
}

/** Characters of one hashed run: 20 bits, so a model's 500 runs make a 2 KB string. */
const RUN_CODE_LENGTH = 4;

/** One run as a short hash: enough to recognise it (one false match in two thousand), too little to read the text back. */
export const hashedRun = (run: string): string => (hashString(run) >>> 12).toString(36).padStart(RUN_CODE_LENGTH, '0');

/** The codes in a string of runs, as a set. */
export function runCodes(runs: string): Set<string> {
  const codes = new Set<string>();
  for (let i = 0; i + RUN_CODE_LENGTH <= runs.length; i += RUN_CODE_LENGTH) codes.add(runs.slice(i, i + RUN_CODE_LENGTH));
  return codes;
}

/**
 * The model answer's own runs, hashed, sorted and without repeats: what a scenario carries to spot
 * it pasted back. Runs the learner also reads elsewhere (the case, the marking points) are left out:
 * quoting the case is the case-copy rule's business, and a strong answer quotes both.
 */
export function modelAnswerRuns(model: string, alsoShown: readonly string[] = []): string {
  const shown = new Set(alsoShown.flatMap(stemRuns));
  return [...new Set(stemRuns(model).filter((run) => !shown.has(run)).map(hashedRun))].sort().join('');
}

/**
 * A set worked out once per source text (a case, a model answer's runs): the same scenario is
 * marked again and again, and its sources never change between answers.
 */
export function perText(compute: (text: string) => ReadonlySet<string>): (text: string | undefined) => ReadonlySet<string> {
  const cache = new Map<string, ReadonlySet<string>>();
  return (text) => {
    if (!text) return new Set();
    const cached = cache.get(text);
    if (cached) return cached;
    const computed = compute(text);
    if (cache.size > 50) cache.clear();
    cache.set(text, computed);
    return computed;
  };
}

/** Whether most of a sentence's words sit in runs the source has (`has` is asked with each run's stems). */
export function isCopied(tokens: readonly Token[], has: (run: string) => boolean): boolean {
  if (tokens.length < COPY_GRAM + 2) return false;
  const covered = new Uint8Array(tokens.length);
  for (let i = 0; i + COPY_GRAM <= tokens.length; i += 1) {
    let run = '';
    for (let k = 0; k < COPY_GRAM; k += 1) run += (k ? ' ' : '') + (tokens[i + k]?.stem ?? '');
    if (has(run)) covered.fill(1, i, i + COPY_GRAM);
  }
  let count = 0;
  for (const flag of covered) count += flag;
  return count >= tokens.length * COPIED_SHARE;
}

/** A scenario's model answer runs, leaving out what the learner reads in its case and marking points. */
export function scenarioModelRuns(scenario: { model: string; case: string; points: readonly { statement: string }[] }): string {
  return modelAnswerRuns(scenario.model, [scenario.case, ...scenario.points.map((point) => point.statement)]);
}

/**
 * Words that make a sentence an argument rather than a report: a reason, a recommendation, a
 * condition, a contrast or a judgement. A sentence with none of them can only tell the reader what
 * they already know.
 */
const ARGUMENT_MARKERS = /\b(?:because|since|so|therefore|thus|hence|which means|as a result|in order to|should|could|would|might|must|need|needs|recommend|recommends|suggest|suggests|propose|proposes|if|unless|but|however|although|though|whereas|risk|risks|means|why|better|worse|instead|rather)\b/i;

/** Sentences shorter than this, in content words, are too short to be told either way. */
const RESTATEMENT_MIN_WORDS = 4;
/** A sentence whose content words come from the case at least this often restates it. */
const RESTATEMENT_CASE_SHARE = 0.8;

/**
 * "2,800 pets are on the Care Plan at £16.50 a month, uptake 91%": a sentence that argues nothing
 * and whose words are nearly all the case's own restates the case, however it is reworded. One
 * such sentence sets the scene; an answer made of them is the case handed back.
 */
export function restatesCase(content: readonly Token[], text: string, caseStems: ReadonlySet<string>): boolean {
  if (content.length < RESTATEMENT_MIN_WORDS || ARGUMENT_MARKERS.test(text)) return false;
  return content.filter((token) => caseStems.has(token.stem)).length >= content.length * RESTATEMENT_CASE_SHARE;
}
