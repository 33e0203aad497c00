import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatIssue, formatIssues } from './issues.ts';
import { readContentFiles } from './load.ts';
import { lessonWords } from './parse.ts';
import { type SourceFile, issuesIn, validateCourse } from './validate.ts';

const fixtureRoot = fileURLToPath(new URL('../../../tests/fixtures', import.meta.url));
const fixture = readContentFiles(fixtureRoot);
const unitDir = 'content/units/mini-unit';

/** The fixture course with one file's text changed. */
function withChange(file: string, change: (text: string) => string): SourceFile[] {
  const path = `${unitDir}/${file}`;
  if (!fixture.some((candidate) => candidate.path === path)) throw new Error(`no fixture file ${path}`);
  return fixture.map((candidate) => (candidate.path === path ? { ...candidate, text: change(candidate.text) } : candidate));
}

function messages(files: SourceFile[]): string[] {
  const result = validateCourse(files);
  expect(result.ok).toBe(false);
  return issuesIn(result).map(formatIssue);
}

describe('validating course content', () => {
  it('accepts the fixture unit and assembles it', () => {
    const result = validateCourse(fixture);
    expect(issuesIn(result)).toEqual([]);
    expect(result.ok && result.value.units[0]?.lessons[0]?.sections.map((section) => section.slug)).toEqual(['setting-objectives', 'measuring']);
  });

  it('names a question with no correct option', () => {
    const files = withChange('misconceptions.yaml', (text) => text.replace('correct: true', 'correct: false'));
    expect(messages(files)).toContain(
      `${unitDir}/misconceptions.yaml: misconceptions[0].questions[0].options: has no correct option: mark one with "correct: true"`,
    );
  });

  it('names a duplicate id and where it was first used', () => {
    const files = withChange('misconceptions.yaml', (text) => text.replace('id: tactics-q2', 'id: tactics-q1'));
    expect(messages(files)).toContain(
      `${unitDir}/misconceptions.yaml: misconceptions[0].questions[1].id: duplicates question id "tactics-q1" (first used at misconceptions[0].questions[0].id)`,
    );
  });

  it('names a marking point with zero marks', () => {
    const files = withChange('scenarios/cafe-launch.yaml', (text) => text.replace('marks: 2\n  - id: goals', 'marks: 0\n  - id: goals'));
    expect(messages(files)).toContain(`${unitDir}/scenarios/cafe-launch.yaml: points[0].marks: must be worth at least one mark`);
  });

  it('names a hint phrasing the marker could never match', () => {
    const files = withChange('scenarios/cafe-launch.yaml', (text) =>
      text.replace('    marks: 2\n  - id: goals', '    marks: 2\n    hints:\n      require: [["objective"], ["£"]]\n  - id: goals'),
    );
    expect(messages(files)).toContain(`${unitDir}/scenarios/cafe-launch.yaml: points[0].hints.require[1][0]: has no letters or digits, so the marker could never match it`);
  });

  it('names a lesson that refers to a term that does not exist', () => {
    const files = withChange('lessons/01-objectives.mdx', (text) => text.replace('<Term id="smart-objectives">', '<Term id="smart-goals">'));
    expect(messages(files)).toContain(
      `${unitDir}/lessons/01-objectives.mdx: <Term id="smart-goals">: names term "smart-goals", which does not exist (known: smart-objectives)`,
    );
  });

  it('names a check-yourself reference, a lesson section and an option misconception that do not resolve', () => {
    const files = withChange('lessons/01-objectives.mdx', (text) => text.replace('scenarios: [cafe-launch]', 'scenarios: [cafe-opening]'));
    expect(messages(files)).toContain(
      `${unitDir}/lessons/01-objectives.mdx: check.scenarios[0]: names scenario "cafe-opening", which does not exist (known: cafe-launch)`,
    );
    const badSection = withChange('terms.yaml', (text) => text.replace('#setting-objectives', '#objectives'));
    expect(messages(badSection).join('\n')).toMatch(/terms\.yaml: terms\[0\]\.lesson: points at section "#objectives" of 01-objectives, which has no such heading/);
    const badOption = withChange('misconceptions.yaml', (text) => text.replace('feedback: Volume is a tactic, not a strategy.', 'feedback: Volume is a tactic.\n            misconception: posting-more'));
    expect(messages(badOption)).toContain(
      `${unitDir}/misconceptions.yaml: misconceptions[0].questions[0].options[1].misconception: names misconception "posting-more", which does not exist (known: tactics-are-strategy)`,
    );
  });

  it('requires a check-yourself block on every lesson', () => {
    const files = withChange('lessons/01-objectives.mdx', (text) =>
      text.replace(/check:\n(  .*\n)+/, 'check: {}\n'),
    );
    expect(messages(files)).toContain(`${unitDir}/lessons/01-objectives.mdx: check: must point to at least one term, misconception or scenario`);
  });

  it('reports broken YAML with its line, and a missing required field', () => {
    const broken = withChange('terms.yaml', (text) => text.replace('term: SMART objectives', 'term: [SMART objectives'));
    expect(messages(broken).join('\n')).toMatch(/terms\.yaml: is not valid YAML at line \d+/);
    const missing = withChange('terms.yaml', (text) => text.replace(/    definition: .*\n/, ''));
    expect(messages(missing)).toContain(`${unitDir}/terms.yaml: terms[0].definition: is required (expected string)`);
  });

  it('rejects a bad id, a wrong kind and sample marks over a point', () => {
    const badId = withChange('terms.yaml', (text) => text.replace('id: smart-objectives', 'id: SMART_objectives'));
    expect(messages(badId).join('\n')).toMatch(/terms\[0\]\.id: must be lower-case words joined by hyphens/);
    const kind = withChange('misconceptions.yaml', (text) => text.replace('kind: single', 'kind: essay'));
    expect(messages(kind).join('\n')).toMatch(/misconceptions\[0\]\.questions\[0\]/);
    const sample = withChange('scenarios/cafe-launch.yaml', (text) => text.replace('marks: { smart: 0, goals: 0 }', 'marks: { smart: 3, goals: 0 }'));
    expect(messages(sample)).toContain(`${unitDir}/scenarios/cafe-launch.yaml: samples[0].marks.smart: gives 3 marks to a point worth 2`);
  });

  it('names an unknown field in any content file, with the file and where it sits', () => {
    const unit = withChange('unit.yaml', (text) => `${text}sources: ["a note"]\n`);
    expect(messages(unit)).toContain(`${unitDir}/unit.yaml: has unknown field "sources"`);
    const hint = withChange('scenarios/cafe-launch.yaml', (text) =>
      text.replace('    marks: 2\n  - id: goals', '    marks: 2\n    hints:\n      aplication: true\n  - id: goals'),
    );
    expect(messages(hint)).toContain(`${unitDir}/scenarios/cafe-launch.yaml: points[0].hints: has unknown field "aplication"`);
    const option = withChange('misconceptions.yaml', (text) => text.replace('correct: true', 'correct: true\n            corect: true'));
    expect(messages(option)).toContain(`${unitDir}/misconceptions.yaml: misconceptions[0].questions[0].options[0]: has unknown field "corect"`);
    const lesson = withChange('lessons/01-objectives.mdx', (text) => text.replace('minutes:', 'author: someone\nminutes:'));
    expect(messages(lesson)).toContain(`${unitDir}/lessons/01-objectives.mdx: has unknown field "author"`);
    const term = withChange('terms.yaml', (text) => text.replace('    definition:', '    defintion: typo\n    definition:'));
    expect(messages(term)).toContain(`${unitDir}/terms.yaml: terms[0]: has unknown field "defintion"`);
  });

  it('refuses labels the quiz already shows, so a learner reads them once', () => {
    const myth = withChange('misconceptions.yaml', (text) =>
      text.replace('prompt: A content calendar', 'prompt: "Myth or fact: a content calendar').replace('social media strategy.\n', 'social media strategy."\n').replace('explanation: A calendar', 'explanation: Myth. A calendar'),
    );
    const found = messages(myth);
    expect(found).toContain(`${unitDir}/misconceptions.yaml: misconceptions[0].questions[1].prompt: starts with "Myth or fact", which the quiz already shows: state only the claim`);
    expect(found).toContain(
      `${unitDir}/misconceptions.yaml: misconceptions[0].questions[1].explanation: starts with the verdict ("Myth"/"Fact"), which the quiz already shows: start with the reason`,
    );
  });

  it('checks a numeric question: a finite answer, a sensible tolerance and a worked solution', () => {
    const numeric = (fields: string) =>
      withChange('misconceptions.yaml', (text) =>
        text.replace('      - id: tactics-q2', `      - id: tactics-q3\n        kind: numeric\n        prompt: What is the CPA in £ for £600 and 24 customers?\n${fields}      - id: tactics-q2`),
      );
    expect(issuesIn(validateCourse(numeric('        answer: 25\n        tolerance: 0.5\n        unit: "£"\n        solution: £600 / 24 = £25.\n')))).toEqual([]);
    expect(messages(numeric('        answer: 25\n        tolerance: 30\n        unit: "£"\n        solution: £600 / 24 = £25.\n'))).toContain(
      `${unitDir}/misconceptions.yaml: misconceptions[0].questions[1].tolerance: is as large as the answer itself, so almost any guess would pass`,
    );
    expect(messages(numeric('        answer: 25\n        tolerance: 0.5\n        unit: "£"\n'))).toContain(
      `${unitDir}/misconceptions.yaml: misconceptions[0].questions[1].solution: is required (expected string)`,
    );
  });

  it('formats a list of problems for the build log', () => {
    const text = formatIssues([{ file: 'a.yaml', field: 'x', message: 'is wrong' }]);
    expect(text).toBe('1 content problem:\n  - a.yaml: x: is wrong');
  });
});

describe('a lesson’s word count', () => {
  it('leaves out the reference list, wherever it sits, and counts every other section', () => {
    const prose = '## Idea\n\nOne two three.\n\n';
    const references = '## References\n\nSharp, B. (2010) How Brands Grow. Oxford University Press.\n\n';
    expect(lessonWords(prose)).toBe(4);
    expect(lessonWords(prose + references)).toBe(4);
    expect(lessonWords(prose + references + '## After\n\nFour five.\n')).toBe(7);
  });
});
