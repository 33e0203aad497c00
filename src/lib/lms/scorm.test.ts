import { describe, expect, it } from 'vitest';
import { interactionsOf } from './interactions.ts';
import { learnerNameFromLms, scorm12InteractionId, scorm12Mastery, scorm12Timespan, scorm12Values } from './scorm12.ts';
import { isoDuration, scorm2004InteractionId, scorm2004Mastery, scorm2004Values } from './scorm2004.ts';
import { summariseAttempt } from './score.ts';
import { attempt, content } from './test-fixtures.ts';

const valuesOf = (list: [string, string][]) => new Map(list);

describe('SCORM 1.2 values', () => {
  const summary = summariseAttempt(content(), attempt());
  const list = scorm12Values(summary, interactionsOf(content(), attempt()), 125);
  const values = valuesOf(list);

  it('reports the percentage the learner sees as raw, on a 0-100 scale, with the status', () => {
    expect(values.get('cmi.core.score.raw')).toBe('59.22');
    expect(values.get('cmi.core.score.min')).toBe('0');
    expect(values.get('cmi.core.score.max')).toBe('100');
    expect(values.get('cmi.core.lesson_status')).toBe('failed');
    expect(values.get('cmi.core.session_time')).toBe('0000:02:05');
    // The score must be set before the status, or an LMS with a mastery score judges an empty score.
    expect(list.findIndex(([key]) => key === 'cmi.core.score.raw')).toBeLessThan(list.findIndex(([key]) => key === 'cmi.core.lesson_status'));
  });

  it('writes choice answers as letters in content order, true-false as t/f, and cuts the scenario text to 255', () => {
    expect(values.get('cmi.interactions.0.id')).toBe('q.social-media-strategy.q-01');
    expect(values.get('cmi.interactions.0.type')).toBe('choice');
    expect(values.get('cmi.interactions.0.student_response')).toBe('b');
    expect(values.get('cmi.interactions.0.result')).toBe('correct');
    expect(values.get('cmi.interactions.1.student_response')).toBe('a,b,c');
    expect(values.get('cmi.interactions.1.correct_responses.0.pattern')).toBe('a,b,d');
    expect(values.get('cmi.interactions.1.result')).toBe('0.33');
    expect(values.get('cmi.interactions.2.type')).toBe('true-false');
    expect(values.get('cmi.interactions.2.student_response')).toBe('t');
    expect(values.get('cmi.interactions.2.correct_responses.0.pattern')).toBe('f');
    expect(values.get('cmi.interactions.2.result')).toBe('wrong');
    expect(values.get('cmi.interactions.3.type')).toBe('fill-in');
    expect(values.get('cmi.interactions.3.result')).toBe('4');
    expect(values.get('cmi.interactions.3.weighting')).toBe('6');
    const long = scorm12Values(summary, interactionsOf(content(), attempt({ scenarios: [{ key: 'social-media-strategy/cafe-launch', answer: 'é'.repeat(600), total: 1, max: 6, points: {} }] })), 0);
    expect([...(valuesOf(long).get('cmi.interactions.3.student_response') ?? '')].length).toBe(255);
  });

  it('says incomplete, and suspends, while work is left', () => {
    const partial = valuesOf(scorm12Values(summariseAttempt(content(), attempt({ scenarios: [] })), [], 0));
    expect(partial.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(partial.get('cmi.core.exit')).toBe('suspend');
  });

  it('makes identifiers with no spaces and at most 255 characters', () => {
    expect(scorm12InteractionId('a b/c')).toBe('q.a.b.c');
    expect(scorm12InteractionId(`u/${'x'.repeat(400)}`).length).toBe(255);
  });

  it('reads what 1.2 LMSs send', () => {
    expect(scorm12Timespan(3 * 3600 + 61)).toBe('0003:01:01');
    expect(scorm12Mastery('')).toBeNull();
    expect(scorm12Mastery('80')).toBe(0.8);
    expect(scorm12Mastery('abc')).toBeNull();
    expect(learnerNameFromLms('Lee, Ann')).toBe('Ann Lee');
    expect(learnerNameFromLms('Ann Lee')).toBe('Ann Lee');
  });
});

describe('SCORM 2004 values', () => {
  const summary = summariseAttempt(content(), attempt());
  const values = valuesOf(scorm2004Values(summary, interactionsOf(content(), attempt()), 3725));

  it('reports marks, scaled score, completion and success separately', () => {
    expect(values.get('cmi.score.raw')).toBe('5.33');
    expect(values.get('cmi.score.max')).toBe('9');
    expect(values.get('cmi.score.min')).toBe('0');
    expect(values.get('cmi.score.scaled')).toBe('0.5922');
    expect(values.get('cmi.completion_status')).toBe('completed');
    expect(values.get('cmi.success_status')).toBe('failed');
    expect(values.get('cmi.session_time')).toBe('PT1H2M5S');
    expect(values.get('cmi.exit')).toBe('normal');
  });

  it('writes interactions with URN ids, option ids, true/false, and the whole scenario answer as long-fill-in', () => {
    expect(values.get('cmi.interactions.0.id')).toBe('urn:markpoint:item:social-media-strategy:q-01');
    expect(values.get('cmi.interactions.1.learner_response')).toBe('comments[,]shares[,]followers');
    expect(values.get('cmi.interactions.1.correct_responses.0.pattern')).toBe('comments[,]shares[,]saves');
    expect(values.get('cmi.interactions.1.result')).toBe('0.33');
    expect(values.get('cmi.interactions.2.learner_response')).toBe('true');
    expect(values.get('cmi.interactions.2.result')).toBe('incorrect');
    expect(values.get('cmi.interactions.3.type')).toBe('long-fill-in');
    expect(values.get('cmi.interactions.3.description')).toBe('A café opens a second site');
    // The learner's "[,]" must not split the answer, nor "{lang=" tag it.
    expect(values.get('cmi.interactions.3.learner_response')).toBe('Grow footfall at the new branch by 20% in 3 months , {lang=fr}');
    expect(values.has('cmi.interactions.3.correct_responses.0.pattern')).toBe(false);
  });

  it('keeps a leading brace from reading as a language tag', () => {
    const braced = valuesOf(scorm2004Values(summary, interactionsOf(content(), attempt({ scenarios: [{ key: 'social-media-strategy/cafe-launch', answer: '{lang=de} hello', total: 0, max: 6, points: {} }] })), 0));
    expect(braced.get('cmi.interactions.3.learner_response')).toBe('(lang=de} hello');
  });

  it('formats durations and reads the passing score', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(60)).toBe('PT1M');
    expect(scorm2004Mastery('0.75')).toBe(0.75);
    expect(scorm2004Mastery('')).toBeNull();
    expect(scorm2004Mastery('-0.5')).toBeNull();
    expect(scorm2004InteractionId('a/b')).toBe('urn:markpoint:item:a:b');
  });
});

describe('values at the start of a session', () => {
  it('marks a first launch incomplete and leaves an earlier status alone', async () => {
    const { scorm12StartValues } = await import('./scorm12.ts');
    const { scorm2004StartValues } = await import('./scorm2004.ts');
    expect(scorm12StartValues('not attempted')).toEqual([['cmi.core.lesson_status', 'incomplete']]);
    expect(scorm12StartValues('passed')).toEqual([]);
    expect(scorm2004StartValues('unknown')).toEqual([['cmi.completion_status', 'incomplete']]);
    expect(scorm2004StartValues('completed')).toEqual([]);
  });
});
