import { describe, expect, it } from 'vitest';
import { plainText } from './text.ts';

describe('plainText', () => {
  it('leaves HTML and script as the characters they are: they are shown as text, never run', () => {
    const html = '<script>alert("hi")</script><img src=x onerror=alert(1)> & &amp;';
    expect(plainText(html)).toBe(html);
  });

  it('removes control characters and bidi overrides', () => {
    expect(plainText('A\u0000n\u0007n\u001b[31m\u007f\u0085\u009b')).toBe('Ann[31m');
    expect(plainText('\u202eAnn\u202c \u2066Lee\u2069')).toBe('Ann Lee');
  });

  it('turns tabs and line breaks into spaces in one-line fields, and trims', () => {
    expect(plainText('  Week\t3\r\nSMART\n ')).toBe('Week 3 SMART');
  });

  it('keeps line breaks in a note, as \\n', () => {
    expect(plainText('Quiz first.\r\nThen the case.\rThanks', { multiline: true })).toBe('Quiz first.\nThen the case.\nThanks');
  });

  it('keeps emoji, accents and right-to-left scripts, and mends a lone surrogate', () => {
    expect(plainText('Zoë 👩🏽‍🏫 محمد')).toBe('Zoë 👩🏽‍🏫 محمد');
    expect(plainText('a\ud800b')).toBe('a\ufffdb');
  });
});
