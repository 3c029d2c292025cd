import { describe, expect, it } from 'vitest';
import { entryFileText, grayMatterText } from './entry-text.ts';
import { writePlainFrontmatter } from './plain-frontmatter.ts';
import type { Bulletin } from './bulletin-schema.ts';

/**
 * Ingest writes an entry's text itself where every value's YAML form is certain and leaves the rest
 * to gray-matter: either way the text must be gray-matter's, byte for byte, as every entry in the
 * archive was written by it. Strings of every kind YAML treats apart are put in every place a string
 * stands in an entry (a top-level value, a list item, a value of the nested `original`).
 */
const entry = {
  title: 'Алматы ЖККУнун ТИМКнин жыйынынын алдында',
  titleSource: 'headline',
  lang: 'ky',
  script: 'Cyrl',
  date: '2006-01-22',
  dateSource: 'header',
  place: 'Алматы',
  people: ['ruslan-kazakbaev', 'hakan-fidan'],
  organizations: ['csto'],
  countries: [],
  sameStory: [],
  notSameStory: [],
  original: {
    path: 'originals/ky/2006-01-22-almaty-zhkkunun.txt',
    submittedAs: '001017-ky.txt',
    sha256: 'ecc40fea54a11516d22739653f69283713cb6a641773ba25e7fe9f439f7149bc',
    encoding: 'utf-8',
  },
  langConfidence: 0.95,
  review: ["place 'Алматы' taken from its first mention in the lead, 'Алматы', not from a dateline: check it"],
} as unknown as Bulletin;

const body = 'Улуттук мыйзамдарга ылайык.\n\nХакан Фидан: Декларацияга кол коюлду.\n';

const STRINGS = [
  '',
  'y',
  'Y',
  'yes',
  'No',
  'on',
  'OFF',
  'n',
  'null',
  'Null',
  'NULL',
  '~',
  'true',
  'True',
  'FALSE',
  'false',
  '2025-09-12',
  '2025-9-12',
  '2025-09-12T10:00:00',
  '2025-09-12 10:00:00 +05:00',
  '12',
  '012',
  '0x1F',
  '0b101',
  '0o17',
  '1_000',
  '12:30',
  '1:20:30.5',
  '1.5',
  '1e5',
  '1E+5',
  '2.5e-3',
  '.5',
  '.inf',
  '-.inf',
  '.nan',
  '+7',
  '-1',
  '<<',
  '<x',
  "it's",
  "'quoted'",
  '"quoted"',
  'a: b',
  'a:b',
  'a #b',
  'a#b',
  '#x',
  '- x',
  '-x',
  'x -',
  '? x',
  ':x',
  ',x',
  'a,b',
  '[x]',
  'a[b]',
  '{x}',
  'a{b}',
  '50%',
  '%x',
  '@x',
  '`x',
  '!x',
  '&x',
  '*x',
  '|x',
  '>x',
  '=x',
  'x=y',
  ' lead',
  'trail ',
  'tab\tin',
  'line\nbreak',
  'cr\rx',
  'nbsp\u00a0x',
  '\u0085x',
  'emoji 🎉',
  'sep\u2028x',
  'bom\ufeffx',
  '\ud800 lone',
  'ТДТ',
  'Oʻzbekiston',
  "TDT'nin",
  '«Кабар»',
  'Кыргызстан — ЖККУ',
  '№ 5',
  '5 апреля',
  '12.09.2025',
  '2025 жылы',
  '000001-ky.txt',
  '2025.txt',
  '1-ky',
  '12e4-ky',
  'originals/ky/2025-09-12-x.txt',
  'COVID-19',
  'A',
  'z',
  '0123456789012345678901234567890123456789012345678901234567890123',
  '1e23456789012345678901234567890123456789012345678901234567890123',
  '3a5f0c1e54a11516d22739653f69283713cb6a641773ba25e7fe9f439f7149bc',
  '0b11010101010101010101010101010101010101010101010101010101010101',
  '0bc40fea54a11516d22739653f69283713cb6a641773ba25e7fe9f439f7149bc',
  'ecc40fea54a11516d22739653f69283713cb6a641773ba25e7fe9f439f7149bc',
];

const withValues = (changes: Record<string, unknown>) => ({ ...entry, ...changes }) as unknown as Bulletin;

describe('entry file text', () => {
  it('is what gray-matter writes for an entry ingest makes, without gray-matter', () => {
    expect(writePlainFrontmatter(entry)).not.toBeNull();
    expect(entryFileText(entry, body)).toBe(grayMatterText(entry, body));
    expect(entryFileText(entry, 'no final newline')).toBe(grayMatterText(entry, 'no final newline'));
  });

  it.each(STRINGS.map((text) => [JSON.stringify(text), text]))('is what gray-matter writes for the string %s anywhere', (_, text) => {
    for (const changed of [
      withValues({ title: text }),
      withValues({ review: [text, 'check it'] }),
      withValues({ original: { ...(entry as unknown as { original: object }).original, submittedAs: text } }),
    ]) {
      expect(entryFileText(changed, body)).toBe(grayMatterText(changed, body));
    }
  });

  it.each([0, 1, 0.5, 0.95, 0.1 + 0.2, 1e-7, 1e21, -0, -1, Number.NaN])('is what gray-matter writes for the number %s', (langConfidence) => {
    const changed = withValues({ langConfidence });
    expect(entryFileText(changed, body)).toBe(grayMatterText(changed, body));
  });

  it('is what gray-matter writes for values of other kinds and for a list met twice', () => {
    const shared = ['csto'];
    for (const changed of [
      withValues({ place: null, agency: true }),
      withValues({ organizations: shared, countries: shared }),
      withValues({ original: {} }),
      withValues({ people: [1, 'x'] }),
    ]) {
      expect(entryFileText(changed, body)).toBe(grayMatterText(changed, body));
    }
  });
});
