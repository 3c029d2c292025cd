import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdownBody } from './markdown-body.ts';

describe('Markdown body', () => {
  it('keeps each line as a paragraph and quotes intact', () => {
    expect(toMarkdownBody('«Биз даярбыз», — деди ал.\n\n“Yes” she said.')).toBe('«Биз даярбыз», — деди ал.\n\n“Yes” she said.\n');
  });

  it('turns consecutive numbered lines into one ordered list', () => {
    expect(toMarkdownBody('Маселелер:\n1. Биринчи;\n2. Экинчи.\nАкыры.')).toBe('Маселелер:\n\n1. Биринчи;\n2. Экинчи.\n\nАкыры.\n');
  });

  it('turns bulleted lines into a list', () => {
    expect(toMarkdownBody('• бир\n– эки')).toBe('- бир\n- эки\n');
  });

  it.each([
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['&lt;b&gt;', '\\&lt;b\\&gt;'],
    ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['---', '\\---'],
    ['2021. жылы', '2021\\. жылы'],
    ['*strong* _em_ `code` ~del~ a|b', '\\*strong\\* \\_em\\_ \\`code\\` \\~del\\~ a\\|b'],
  ])('escapes %s so it renders literally', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});
