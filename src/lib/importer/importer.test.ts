import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issuesIn, validateCourse } from '../content/validate.ts';
import { parseSeed } from './seed.ts';
import { seedToUnit } from './to-unit.ts';

const seed = (name: string) => readFileSync(new URL(`../../../tests/fixtures/seeds/${name}`, import.meta.url), 'utf8');

function importText(text: string, options: { title?: string; id?: string } = {}) {
  const unit = seedToUnit(parseSeed(text), text, { sourceName: 'test.txt', ...options });
  const result = validateCourse(unit.files);
  return { unit, issues: issuesIn(result), course: result.ok ? result.value : null };
}

describe('importing a unit revision page', () => {
  it('turns the summary page (seed 000) into a unit that validates, with its concepts, mistakes and marking points', () => {
    const { unit, issues, course } = importText(seed('000_83778030049cfe9f.txt'), { title: 'Social Media Management' });
    expect(issues).toEqual([]);
    const built = course?.units[0];
    expect(built?.draft).toBe(true);
    expect(built?.terms.map((term) => term.term)).toEqual([
      'Social Media Strategy',
      'Content Marketing and Curation',
      'Social Listening and Analytics',
      'Paid Social Media Advertising',
      'Crisis Management and Reputation Management',
    ]);
    expect(built?.misconceptions.map((item) => item.claim)).toContain('Focusing on vanity metrics rather than ROI');
    expect(built?.scenarios[0]?.points.map((point) => point.statement)).toContain('Develops a social media strategy aligned with business goals');
    expect(unit.report.join('\n')).toMatch(/no qualification named/);
  });

  it('reads the scraped long page (seed 002): repeated headings, counters, emoji bullets and glued objectives', () => {
    const { unit, issues, course } = importText(seed('002_c1b53eb22a444e3b.txt'));
    expect(issues).toEqual([]);
    const built = course?.units[0];
    expect(built?.title).toBe('Digital and Social Media Marketing');
    expect(built?.qualifications).toContain('othm-l7');
    expect(built?.outcomes.map((outcome) => outcome.title)).toEqual([
      'Understand the role of information technology and social media in digital marketing',
      'Understand the changing dynamics of an organisation’s environment and its impacts',
      'Recommend resource-led innovative approaches using digital marketing tools to contemporary digital marketing challenges',
      'Understand how to develop digital strategies and an integrated social media campaign for a strategic relationship with the customers',
    ]);
    const claims = built?.misconceptions.map((item) => item.claim) ?? [];
    expect(claims).toContain('Strategic marketing is just about advertising and promotion');
    expect(built?.misconceptions.find((item) => item.claim.startsWith('Strategic marketing'))?.correction).toMatch(/^It encompasses the entire marketing mix/);
    expect(built?.scenarios[0]?.points.length).toBe(4);
    expect(unit.report.some((line) => line.includes('OTHM QUALIFICATIONS'))).toBe(true);
  });

  it('tolerates odd structure and reports what it cannot place', () => {
    const odd = [
      'Brand Storytelling',
      'stray text before any heading',
      'KEY CONCEPTS',
      '* Narrative arc: the shape of a story from tension to resolution.',
      '– Hero: the customer, never the brand, in a good brand story.',
      '3',
      'Key Concepts',
      '* Narrative arc: the shape of a story from tension to resolution.',
      'Common Mistakes',
      '◦ Making the brand the hero.',
      'Examiner Marking Points',
      '1) Applies narrative structure to the case.',
      '2) Evaluates the story against audience insight.',
      'CIM Level 4',
    ].join('\n');
    const { unit, issues, course } = importText(odd);
    expect(issues).toEqual([]);
    const built = course?.units[0];
    expect(built?.terms.map((term) => term.id)).toEqual(['narrative-arc', 'hero']);
    expect(built?.qualifications).toEqual(['cim-l4']);
    expect(built?.scenarios[0]?.points).toHaveLength(2);
    expect(unit.report).toContain('not placed: “stray text before any heading”');
  });

  it('writes a placeholder rather than failing when a page has almost nothing', () => {
    const { unit, issues } = importText('Just a title\nSome words here that are not in any section at all.');
    expect(issues).toEqual([]);
    expect(unit.report.join('\n')).toMatch(/no misconceptions found/);
  });
});
