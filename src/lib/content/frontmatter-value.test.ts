import { describe, expect, it } from 'vitest';
import { readFrontmatter, readFrontmatterValue } from './frontmatter.ts';

const entry = (frontmatter: string) => `---\n${frontmatter}\n---\nBody text.\n`;
const ORIGINAL = { path: 'originals/ky/2025-01-02-x.txt', submittedAs: 'x.txt', sha256: 'ab12', encoding: 'utf-8' };

describe('readFrontmatterValue', () => {
  it('reads a key from its own lines as the whole frontmatter reads it', () => {
    const text = entry(
      [
        "title: 'A: title'",
        'people:',
        '- a',
        'original:',
        `  path: ${ORIGINAL.path}`,
        `  submittedAs: ${ORIGINAL.submittedAs}`,
        `  sha256: '${ORIGINAL.sha256}'`,
        `  encoding: ${ORIGINAL.encoding}`,
        'review:',
        '- check it',
      ].join('\n'),
    );
    expect(readFrontmatterValue(text, 'original')).toEqual(ORIGINAL);
    expect(readFrontmatterValue(text, 'people')).toEqual(['a']);
    expect(readFrontmatterValue(text, 'original')).toEqual((readFrontmatter(text) as { data: Record<string, unknown> }).data.original);
  });

  it("keeps comments, blank lines and a list at the key's own indent inside the key's block", () => {
    const text = entry(['sameStory:', '', '# a note', '- ky/other', 'lang: ky'].join('\n'));
    expect(readFrontmatterValue(text, 'sameStory')).toEqual(['ky/other']);
  });

  it("reads the whole frontmatter where the key's lines do not stand alone", () => {
    // A quoted key is no `original:` line, yet the same key.
    expect(readFrontmatterValue(entry('"original": {path: a.txt}'), 'original')).toEqual({ path: 'a.txt' });
    // Lines that are valid YAML only with the rest of the frontmatter: an alias to an anchor above.
    expect(readFrontmatterValue(entry('lang: &l ky\noriginal:\n  lang: *l'), 'original')).toEqual({ lang: 'ky' });
  });

  it('gives nothing for a key written twice, a missing key or a file without frontmatter', () => {
    expect(readFrontmatterValue(entry('original: a\noriginal: b'), 'original')).toBeUndefined();
    expect(readFrontmatterValue(entry('lang: ky'), 'original')).toBeUndefined();
    expect(readFrontmatterValue('no frontmatter here\n', 'original')).toBeUndefined();
  });
});
