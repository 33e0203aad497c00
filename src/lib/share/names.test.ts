import { describe, expect, it } from 'vitest';
import { mixedScripts, nameIdentity, normaliseName } from './names.ts';

describe('normaliseName', () => {
  it('removes zero-width and bidi marks, so "Ann Lee" with a joiner is still Ann Lee', () => {
    expect(normaliseName('Ann\u200d Lee')).toBe('Ann Lee');
    expect(normaliseName('\u200bAnn\u2060 \u202eLee\u202c\ufeff')).toBe('Ann Lee');
    expect(normaliseName('A\u200enn Lee\u200f')).toBe('Ann Lee');
  });

  it('folds full-width and compatibility forms (NFKC) and collapses spaces', () => {
    expect(normaliseName('Ａｎｎ   Ｌｅｅ')).toBe('Ann Lee');
    expect(normaliseName('ﬁona')).toBe('fiona');
  });

  it('leaves a name of only invisible characters empty, so it can be refused', () => {
    expect(normaliseName(' \u200b\u200d\u2060 \ufeff ')).toBe('');
  });

  it('keeps real names in any script', () => {
    expect(normaliseName('Zoë Ó Briain')).toBe('Zoë Ó Briain');
    expect(normaliseName('محمد علي')).toBe('محمد علي');
    expect(normaliseName('山田 花子')).toBe('山田 花子');
  });
});

describe('nameIdentity', () => {
  it('puts the invisible-character and case variants of one name together', () => {
    const variants = ['Ann Lee', 'ann lee', 'Ann\u200dLee'.replace('Lee', ' Lee'), 'Ann  Lee\u200b', 'Ａｎｎ Ｌｅｅ'];
    expect(new Set(variants.map(nameIdentity)).size).toBe(1);
  });
});

describe('mixedScripts', () => {
  it('flags a Cyrillic letter hidden in a Latin name', () => {
    expect(mixedScripts('\u0410nn Lee')).toEqual(['Cyrillic', 'Latin']);
  });

  it('does not flag names written in one script, or Japanese mixing kanji and kana', () => {
    expect(mixedScripts('Ann Lee')).toEqual([]);
    expect(mixedScripts('Анна Ли')).toEqual([]);
    expect(mixedScripts('山田はなこ')).toEqual([]);
    expect(mixedScripts("O'Brien-Smith 3rd")).toEqual([]);
  });
});

describe('emoji in names', () => {
  it('keeps the joiner inside an emoji sequence', () => {
    expect(normaliseName('Zoë 👩🏽‍🏫 محمد')).toBe('Zoë 👩🏽‍🏫 محمد');
    expect(normaliseName('Ann\u200d\u200dLee')).toBe('AnnLee');
  });
});
