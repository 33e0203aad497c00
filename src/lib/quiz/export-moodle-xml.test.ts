import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toMoodleXml } from './export-moodle-xml.ts';
import { type MisconceptionClaims, answerFeedback, moodleCategoryPath, optionPercentage } from './export-shared.ts';
import { UNIT_TITLE, courseQuestions, fixtureMisconceptions, fixtureQuestions } from './export.fixture.ts';
import type { QuizQuestion } from './grade.ts';

interface ParsedText {
  text: string;
}
interface ParsedAnswer extends ParsedText {
  fraction: string;
  tolerance?: string;
  format?: string;
  feedback: ParsedText & { format: string };
}
interface ParsedQuestion {
  type: string;
  name?: ParsedText;
  category?: ParsedText;
  questiontext?: ParsedText & { format: string };
  single?: string;
  shuffleanswers?: string;
  answer?: ParsedAnswer[];
  generalfeedback?: ParsedText & { format: string };
  showunits?: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Keep every value a string as written: "1" and "true" are what Moodle reads.
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'question' || name === 'answer',
});

/** Undoes the HTML escaping the writer applies to texts Moodle renders as HTML. */
const fromHtml = (html: string) =>
  html.replace(/<br>|&(?:amp|lt|gt|quot|#39);/g, (match) => ({ '<br>': '\n', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" })[match] ?? match);

function parseQuiz(xml: string): ParsedQuestion[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  // Every CDATA section closes exactly once: no "]]>" leaked from the content.
  expect(xml.split('<![CDATA[').length).toBe(xml.split(']]>').length);
  const document = parser.parse(xml) as { quiz: { question: ParsedQuestion[] } };
  return document.quiz.question;
}

function expectSameQuestion(parsed: ParsedQuestion | undefined, question: QuizQuestion, misconceptions: MisconceptionClaims) {
  if (!parsed) throw new Error(`${question.key}: missing from the XML`);
  expect(parsed.name?.text).toBe(question.key);
  expect(parsed.questiontext?.format).toBe('html');
  expect(fromHtml(parsed.questiontext?.text ?? '')).toBe(question.prompt);
  const answers = parsed.answer ?? [];

  if (question.kind === 'numeric') {
    expect(parsed.type).toBe('numerical');
    expect(answers).toHaveLength(1);
    expect(Number(answers[0]?.text)).toBe(question.numeric?.answer);
    expect(answers[0]?.text).not.toMatch(/e/i);
    expect(Number(answers[0]?.tolerance)).toBe(question.numeric?.tolerance);
    expect(answers[0]?.fraction).toBe('100');
    expect(fromHtml(parsed.generalfeedback?.text ?? '')).toBe(question.solution);
    expect(parsed.showunits).toBe('3');
    return;
  }

  if (question.kind === 'truefalse') {
    expect(parsed.type).toBe('truefalse');
    const byWord = (word: 'true' | 'false') => answers.find((answer) => answer.text === word);
    for (const option of question.options) {
      const answer = byWord(option.id === 'fact' ? 'true' : 'false');
      expect(answer?.fraction).toBe(option.correct ? '100' : '0');
      expect(fromHtml(answer?.feedback.text ?? '')).toBe(answerFeedback(option, misconceptions));
    }
    return;
  }

  expect(parsed.type).toBe('multichoice');
  expect(parsed.single).toBe(question.kind === 'single' ? 'true' : 'false');
  expect(parsed.shuffleanswers).toBe('1');
  expect(answers).toHaveLength(question.options.length);
  question.options.forEach((option, index) => {
    const answer = answers[index];
    expect(fromHtml(answer?.text ?? '')).toBe(option.text);
    expect(Number(answer?.fraction)).toBe(optionPercentage(question, option));
    expect(answer?.feedback.format).toBe('html');
    expect(fromHtml(answer?.feedback.text ?? '')).toBe(answerFeedback(option, misconceptions));
  });
}

function expectRoundTrip(title: string, questions: QuizQuestion[], misconceptions: MisconceptionClaims) {
  const [category, ...rest] = parseQuiz(toMoodleXml(title, questions, misconceptions));
  expect(category).toEqual({ type: 'category', category: { text: moodleCategoryPath(title) } });
  expect(rest).toHaveLength(questions.length);
  questions.forEach((question, index) => expectSameQuestion(rest[index], question, misconceptions));
}

describe('Moodle XML export', () => {
  it('is well formed and carries every question, answer, fraction and feedback', () => {
    expectRoundTrip(UNIT_TITLE, fixtureQuestions, fixtureMisconceptions);
  });

  it('starts with the XML declaration and keeps HTML in the content from becoming markup', () => {
    const xml = toMoodleXml(UNIT_TITLE, fixtureQuestions, fixtureMisconceptions);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')).toBe(true);
    expect(xml).toContain('<![CDATA[Which two &lt;b&gt;measure&lt;/b&gt; business results &amp; revenue? ]]&gt; a path C:\\temp\\new]]>');
    expect(xml).toContain('<![CDATA[Misconception: Likes prove success. Likes = attention,<br>not results.]]>');
  });

  it('gives multiple-choice answers the fractions Moodle accepts', () => {
    const questions = parseQuiz(toMoodleXml(UNIT_TITLE, fixtureQuestions, fixtureMisconceptions));
    const fractions = (key: string) => questions.find((question) => question.name?.text === key)?.answer?.map((answer) => answer.fraction);
    expect(fractions('unit-x/q-multi')).toEqual(['50', '50', '-50', '-50', '-50']);
    expect(fractions('unit-x/q-multi-thirds')).toEqual(['33.33333', '33.33333', '33.33333', '-33.33333']);
    expect(fractions('unit-x/q-single')).toEqual(['100', '0', '0']);
  });

  it('drops characters XML cannot carry instead of writing a broken file', () => {
    const [question] = fixtureQuestions;
    if (!question) throw new Error('no fixture');
    const xml = toMoodleXml(UNIT_TITLE, [{ ...question, prompt: 'Bell\u0007 here' }], fixtureMisconceptions);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<![CDATA[Bell here]]>');
  });

  // Units that do not validate yet are left out by name; the content checks report them.
  const course = courseQuestions(process.cwd());
  const leftOut = course.skipped.length > 0 ? ` (left out, not valid yet: ${course.skipped.join('; ')})` : '';
  it.skipIf(course.units.length === 0)(`round-trips the real course content${leftOut}`, () => {
    for (const unit of course.units) expectRoundTrip(unit.title, unit.questions, unit.misconceptions);
  });
});
