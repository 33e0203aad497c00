import { describe, expect, it } from 'vitest';
import { joinBase, paths } from './url.ts';

describe('links under a base path', () => {
  it('joins the base and a path with exactly one slash', () => {
    expect(joinBase('/', paths.unit('a'))).toBe('/units/a/');
    expect(joinBase('/markpoint', paths.unit('a'))).toBe('/markpoint/units/a/');
    expect(joinBase('/markpoint/', '/review/')).toBe('/markpoint/review/');
  });
  it('turns a lesson reference into a link to its section', () => {
    expect(paths.lessonRef('u', '02-content#curation')).toBe('units/u/lessons/02-content/#curation');
    expect(paths.lessonRef('u', '02-content')).toBe('units/u/lessons/02-content/');
  });
});
