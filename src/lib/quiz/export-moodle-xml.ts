/**
 * A unit's misconception questions as Moodle XML, the question-bank format that keeps every
 * answer's grade and feedback.
 *
 * Texts Moodle shows (question, answers, feedback) are format="html", so plain content is
 * HTML-escaped first: a "<" in a prompt must show as "<", not start a tag. That escaping also
 * turns every ">" into "&gt;", so "]]>" can never occur inside the CDATA section that carries the
 * text, and the CDATA needs no splitting. Names and the category are plain text and use ordinary
 * XML entity escaping.
 */
import type { QuizOption, QuizQuestion } from './grade.ts';
import {
  type MisconceptionClaims,
  answerFeedback,
  moodleCategoryPath,
  numericParts,
  optionPercentage,
  trueFalseParts,
} from './export-shared.ts';

/** Characters XML 1.0 forbids anywhere, even in CDATA; dropping them keeps the file well formed. */
const NOT_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXmlText(text: string): string {
  return text.replace(NOT_XML_CHARACTERS, '').replace(/[&<>]/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Plain text as the HTML Moodle will render, in a CDATA section; line breaks stay visible. */
export function htmlCdata(text: string): string {
  const html = text
    .replace(NOT_XML_CHARACTERS, '')
    .trim()
    .replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)
    .replace(/\r\n?|\n/g, '<br>');
  return `<![CDATA[${html}]]>`;
}

const htmlText = (tag: string, text: string) =>
  `<${tag} format="html"><text>${htmlCdata(text)}</text></${tag}>`;

function answerXml(fraction: number, text: string, feedback: string): string {
  return `    <answer fraction="${fraction}" format="html"><text>${htmlCdata(text)}</text>${htmlText('feedback', feedback)}</answer>`;
}

/** Moodle recognises a true/false question's two answers by the bare words "true" and "false". */
function trueFalseAnswerXml(value: boolean, correct: boolean, feedback: string): string {
  return `    <answer fraction="${correct ? 100 : 0}"><text>${value}</text>${htmlText('feedback', feedback)}</answer>`;
}

function commonParts(question: QuizQuestion, generalFeedback = ''): string[] {
  return [
    `    <name><text>${escapeXmlText(question.key)}</text></name>`,
    `    ${htmlText('questiontext', question.prompt)}`,
    generalFeedback ? `    ${htmlText('generalfeedback', generalFeedback)}` : '    <generalfeedback format="html"><text></text></generalfeedback>',
    '    <defaultgrade>1</defaultgrade>',
    '    <hidden>0</hidden>',
  ];
}

function trueFalseXml(question: QuizQuestion, misconceptions: MisconceptionClaims): string[] {
  const parts = trueFalseParts(question, misconceptions);
  return [
    '  <question type="truefalse">',
    ...commonParts(question),
    // A second try at a two-way question proves nothing, hence Moodle's usual full penalty.
    '    <penalty>1</penalty>',
    trueFalseAnswerXml(true, parts.answer, parts.trueFeedback),
    trueFalseAnswerXml(false, !parts.answer, parts.falseFeedback),
    '  </question>',
  ];
}

function multichoiceXml(question: QuizQuestion, misconceptions: MisconceptionClaims): string[] {
  const answer = (option: QuizOption) =>
    answerXml(optionPercentage(question, option), option.text, answerFeedback(option, misconceptions));
  return [
    '  <question type="multichoice">',
    ...commonParts(question),
    '    <penalty>0.3333333</penalty>',
    `    <single>${question.kind === 'single'}</single>`,
    '    <shuffleanswers>1</shuffleanswers>',
    '    <answernumbering>abc</answernumbering>',
    ...question.options.map(answer),
    '  </question>',
  ];
}

/**
 * Moodle's numerical type with an absolute tolerance. The prompt names the unit, so Moodle's own
 * unit handling is switched off (showunits 3: no unit shown or asked for); the worked solution is
 * the general feedback, shown after any answer.
 */
function numericalXml(question: QuizQuestion): string[] {
  const parts = numericParts(question);
  return [
    '  <question type="numerical">',
    ...commonParts(question, parts.solution),
    '    <penalty>0.3333333</penalty>',
    `    <answer fraction="100" format="moodle_auto_format"><text>${parts.answer}</text>${htmlText('feedback', 'Right.')}<tolerance>${parts.tolerance}</tolerance></answer>`,
    '    <unitgradingtype>0</unitgradingtype>',
    '    <unitpenalty>0</unitpenalty>',
    '    <showunits>3</showunits>',
    '    <unitsleft>0</unitsleft>',
    '  </question>',
  ];
}

function questionXml(question: QuizQuestion, misconceptions: MisconceptionClaims): string[] {
  if (question.kind === 'numeric') return numericalXml(question);
  if (question.kind === 'truefalse') return trueFalseXml(question, misconceptions);
  return multichoiceXml(question, misconceptions);
}

export function toMoodleXml(unitTitle: string, questions: QuizQuestion[], misconceptions: MisconceptionClaims): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<quiz>',
    '  <!-- Markpoint misconception quiz. In Moodle: Question bank, Import, Moodle XML format. -->',
    '  <question type="category">',
    `    <category><text>${escapeXmlText(moodleCategoryPath(unitTitle))}</text></category>`,
    '  </question>',
    ...questions.flatMap((question) => questionXml(question, misconceptions)),
    '</quiz>',
  ];
  return `${lines.join('\n')}\n`;
}
