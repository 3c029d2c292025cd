import { describe, expect, it } from 'vitest';
import { findKeyLine, parseEntryFile } from './entry-file.ts';

const entry = `---
title: Summit
people:
  - a
  - b
organizations: [x, y]
original:
  path: originals/ky/x.txt
  sha256: abc
review:
- first
- second
---
Body
`;

describe('entry file', () => {
  const frontmatter = entry.split('\n').slice(1, 13);

  it.each([
    [['title'], 2],
    [['people', 1], 5],
    [['organizations', 1], 6],
    [['original', 'sha256'], 9],
    [['original', 'encoding'], 7],
    [['review', 1], 12],
    [['missing'], undefined],
  ] as const)('finds the line of %j', (keyPath, line) => {
    expect(findKeyLine(frontmatter, keyPath)).toBe(line);
  });

  it('reads an unquoted date as written, so an impossible day stays visible', () => {
    const parsed = parseEntryFile('---\ndate: 2025-10-32\n---\n');
    expect(parsed.ok && parsed.data.date).toBe('2025-10-32');
  });

  it('reads an entry with a byte-order mark and Windows line ends as the same entry', () => {
    const plain = parseEntryFile(entry);
    const parsed = parseEntryFile(`\uFEFF${entry.replace(/\n/g, '\r\n')}`);
    expect(parsed.ok && parsed.data).toEqual(plain.ok && plain.data);
    expect(parsed.ok && parsed.keyLine(['people', 0])).toBe(4);
  });

  it('reads frontmatter and answers key lines from the whole file', () => {
    const parsed = parseEntryFile(entry);
    expect(parsed.ok && parsed.data.title).toBe('Summit');
    expect(parsed.ok && parsed.keyLine(['people', 0])).toBe(4);
  });

  it.each([
    ['no frontmatter', 'Just text\n', 1, /no frontmatter/],
    ['an unclosed frontmatter', '---\ntitle: x\n', 1, /never closed/],
    ['a value with ": "', '---\nlang: ky\ntitle: A: B\n---\n', 3, /not valid YAML/],
    ['a duplicated key', '---\ntitle: a\ntitle: b\n---\n', 3, /keys must be unique/],
    ['an unclosed quote, at the line it opens', '---\ntitle: "Summit\nlang: ky\nscript: Cyrl\n---\n', 2, /Missing closing "quote/],
    ['a tab as indentation', '---\noriginal:\n\tpath: originals/ky/x.txt\n---\n', 3, /Tabs are not allowed/],
    ['a list instead of keys', '---\n- a\n---\n', 2, /not a list of "key: value"/],
  ])('explains %s with its line', (_name, text, line, message) => {
    const parsed = parseEntryFile(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.line).toBe(line);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });
});
