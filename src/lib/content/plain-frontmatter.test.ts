import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readPlainFrontmatter, writePlainFrontmatter } from './plain-frontmatter.ts';
import type { Bulletin } from './bulletin-schema.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { listFiles } from './files-fs.ts';
import { seededRandom } from '../../../scripts/tools/bench/synthetic-archive.ts';
import { makeSeedArchive } from '../../../tests/helpers/fixture-archive.ts';
import { ingestInto, makeContentDir, projectRoot } from '../../../tests/helpers/build-site.ts';

/** What YAML 1.2's core schema makes of the lines, as frontmatter.ts reads them; undefined where it finds a mistake. */
function yamlReading(lines: string[]): unknown {
  const document = parseDocument(lines.join('\n'), { schema: 'core', uniqueKeys: true, prettyErrors: false });
  return document.errors.length ? undefined : document.toJS();
}

/** Every frontmatter the line reader reads, it reads as YAML does; returns whether it read it. */
function readsAsYaml(lines: string[]): boolean {
  const plain = readPlainFrontmatter(lines);
  if (plain === undefined) return false;
  expect(plain, lines.join('\n')).toEqual(yamlReading(lines));
  return true;
}

function frontmatterLinesOf(text: string): string[] {
  const split = splitFrontmatter(text);
  if (!split.ok) throw new Error(`${split.message}: ${text.slice(0, 200)}`);
  return split.lines;
}
const entryLinesOf = (file: string) => frontmatterLinesOf(readFileSync(file, 'utf8'));

/** Entries as ingest writes them: the seeds' and the fixture texts'. */
const fixtureTexts = makeContentDir();
ingestInto(fixtureTexts, [path.join(projectRoot, 'tests/fixtures/raw')]);
const entries = [makeSeedArchive(), fixtureTexts].flatMap((contentDir) => listFiles(path.join(contentDir, 'bulletins'), '.md'));

/** Text a value may hold: YAML's indicators, quotes, numbers and words YAML reads as other types, other alphabets. */
const PIECES = [
  'a',
  'Жапаров',
  'Türk',
  'oʻzbek',
  ' ',
  ': ',
  ':',
  ' #',
  '#',
  "'",
  '"',
  "''",
  '-',
  '- ',
  '? ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a',
  '*a',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '\\',
  '\t',
  '0',
  '12',
  '1.5',
  '-3',
  '+4',
  '0x1F',
  '0o7',
  '.inf',
  '.NaN',
  '1e3',
  '2025-10-32',
  'true',
  'False',
  'null',
  '~',
  'yes',
  'No',
  '\u00a0',
  '\u2028',
  'ü',
  '😀',
];

const WORDS = ['Министр', 'Казакбаев', 'Türkiye', 'Dışişleri', 'Oʻzbekiston', 'ЖККУнун', 'ҚХР', 'Sco', '2025', '12', 'ots', 'a'];

/** `count` frontmatters of entries, made up of WORDS and, where not (1 - wordShare of the time), a piece YAML treats specially. */
function* madeUpFrontmatter(seed: number, count: number, wordShare: number, langConfidences: number[]) {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const text = () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => (random() < wordShare ? pick(WORDS) : pick(PIECES))).join(pick([' ', '-', '']));
  for (let n = 0; n < count; n++) {
    yield {
      title: text(),
      lang: pick(['ky', 'tr', 'uz']),
      date: pick([null, '2025-09-12', text()]),
      ...(random() < 0.5 ? { place: text() } : {}),
      people: Array.from({ length: Math.floor(random() * 3) }, text),
      sameStory: [],
      original: { path: `originals/ky/${text()}.txt`, submittedAs: text(), sha256: 'ab'.repeat(32), encoding: 'utf-8' },
      langConfidence: pick(langConfidences),
      review: Array.from({ length: Math.floor(random() * 3) }, text),
    };
  }
}

describe('readPlainFrontmatter', () => {
  it(`reads every entry ingest wrote of the seeds and the fixture texts as YAML reads it, and reads them all (${entries.length} entries)`, () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const file of entries) expect(readsAsYaml(entryLinesOf(file)), file).toBe(true);
  });

  it('reads what ingest writes (gray-matter) as YAML reads it, most of it without YAML, special pieces too (3,000 entries)', () => {
    let read = 0;
    const total = 3000;
    for (const data of madeUpFrontmatter(7, total, 0.9, [0.95, 1, 0, 0.5])) {
      const file = matter.stringify({ content: 'Body.\n' }, data, { lineWidth: -1 } as never);
      const lines = frontmatterLinesOf(file);
      if (readsAsYaml(lines)) read++;
    }
    // The point of the line reader: the usual entry does not need YAML's parser.
    expect(read / total).toBeGreaterThan(0.5);
  });

  it('reads an altered entry as YAML does, or leaves it to YAML: never otherwise (20,000 alterations)', () => {
    const random = seededRandom(11);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    const sources = entries.map(entryLinesOf);
    let read = 0;
    for (let n = 0; n < 20000; n++) {
      const lines = [...pick(sources)];
      for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
        const at = Math.floor(random() * lines.length);
        const line = lines[at];
        const column = Math.floor(random() * (line.length + 1));
        switch (pick(['insert', 'insert', 'delete', 'indent', 'duplicate', 'blank'])) {
          case 'insert':
            lines[at] = line.slice(0, column) + pick(PIECES) + line.slice(column);
            break;
          case 'delete':
            lines[at] = line.slice(0, column) + line.slice(column + 1);
            break;
          case 'indent':
            lines[at] = pick(['', ' ', '  ', '    ', '\t']) + line.trimStart();
            break;
          case 'duplicate':
            lines.splice(at, 0, line);
            break;
          case 'blank':
            lines.splice(at, 0, pick(['', '# note', '---', '...']));
        }
      }
      if (readsAsYaml(lines)) read++;
    }
    // Many alterations leave plain frontmatter (a changed letter in a value): those are read here too.
    expect(read).toBeGreaterThan(1000);
  });

  it('leaves to YAML what it does not read exactly: no lines, a key written twice, comments, anchors, block text', () => {
    for (const lines of [
      [],
      ['a: 1', 'a: 2'],
      ['a: 1 # note'],
      ['a: &x 1', 'b: *x'],
      ['a: |', '  text'],
      ['true: 1'],
      ['a: [1, 2]'],
      ['a:', '- 1'],
      ['a: b', '  c'],
      ['a: 0x10'],
    ]) {
      expect(readPlainFrontmatter(lines), lines.join('\n')).toBeUndefined();
    }
  });
});

describe('writePlainFrontmatter and readPlainFrontmatter', () => {
  it('read back what was written as it was, or leave it to YAML: never otherwise (3,000 made up, special pieces too)', () => {
    let readBack = 0;
    for (const data of madeUpFrontmatter(13, 3000, 0.8, [0.95, 1, 0, 0.5, 12, -3])) {
      const yaml = writePlainFrontmatter(data as unknown as Bulletin);
      if (yaml === null) continue;
      const read = readPlainFrontmatter(yaml.split('\n'));
      if (read === undefined) continue;
      expect(read, yaml).toEqual(data);
      readBack++;
    }
    expect(readBack).toBeGreaterThan(1000);
  });
});
