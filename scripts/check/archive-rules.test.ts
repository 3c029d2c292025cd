import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { checkArchive, type ArchiveFacts } from './archive-rules.ts';
import { checkEntry, type ValidEntry } from './entry-rules.ts';
import { formatProblem } from './problems.ts';

const hash = (digit: string) => digit.repeat(64);

/** An entry as check reads it from `bulletins/<id>.md`, through the entry rules (so its lines are real). */
function entry(id: string, overrides: Record<string, unknown> = {}): ValidEntry {
  const [lang] = id.split('/');
  const data = {
    title: 'Жыйын',
    lang,
    script: 'Cyrl',
    date: '2025-09-12',
    people: [],
    organizations: ['csto'],
    countries: [],
    sameStory: [],
    original: { path: `originals/${id}.txt`, submittedAs: 'a.txt', sha256: hash('a'), encoding: 'utf-8' },
    ...overrides,
  };
  const checked = checkEntry({ file: `bulletins/${id}.md`, relativePath: `${id}.md`, text: matter.stringify('Текст.\n', data) }, { today: '2026-01-01' });
  // Entries here may share an original on purpose: the entry rules warn about that, the archive rules are tested.
  expect(checked.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return checked.entry!;
}

function facts(entries: readonly ValidEntry[], overrides: Partial<ArchiveFacts> = {}): ArchiveFacts {
  const ids = (values: string[]) => ({ file: 'gazetteer/x.json', exists: true, ids: new Set(values) });
  return {
    gazetteer: { person: ids([]), organization: { ...ids(['csto']), file: 'gazetteer/organizations.json' }, country: ids([]) },
    originals: new Map(entries.map((one) => [one.data.original.path, one.data.original.sha256])),
    originalsOfInvalidEntries: new Set(),
    displayPath: (relative) => relative,
    ...overrides,
  };
}

const lines = (entries: ValidEntry[], archive = facts(entries)) => checkArchive(entries, archive).map(formatProblem);

describe('checks across the archive', () => {
  it('find nothing wrong with entries whose links, gazetteer ids and originals are all in place', () => {
    const ky = entry('ky/2025-09-12-a', { sameStory: ['tr/2025-09-12-b'] });
    const tr = entry('tr/2025-09-12-b', {
      sameStory: ['ky/2025-09-12-a'],
      original: { path: 'originals/tr/2025-09-12-b.txt', submittedAs: 'b.txt', sha256: hash('b'), encoding: 'utf-8' },
    });
    expect(lines([ky, tr])).toEqual([]);
  });

  it('report the same original text twice, and the same original file twice, at the later entry', () => {
    const first = entry('ky/2025-09-12-a');
    const sameText = entry('ky/2025-09-12-c', {
      original: { path: 'originals/ky/2025-09-12-c.txt', submittedAs: 'c.txt', sha256: hash('a'), encoding: 'utf-8' },
    });
    const sameFile = entry('ky/2025-09-12-d', { original: { ...first.data.original, sha256: hash('d') } });
    const archive = facts([first, sameText], {
      originals: new Map([
        [first.data.original.path, hash('a')],
        [sameText.data.original.path, hash('a')],
      ]),
    });
    const problems = lines([first, sameText, sameFile], archive);
    expect(problems).toContainEqual(
      expect.stringMatching(/^bulletins\/ky\/2025-09-12-c\.md:\d+: the same original text as bulletins\/ky\/2025-09-12-a\.md \(remove the duplicate/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^bulletins\/ky\/2025-09-12-d\.md:\d+: originals\/ky\/2025-09-12-a\.txt is also the original of bulletins\/ky\/2025-09-12-a\.md/),
    );
    expect(problems.join('\n')).not.toMatch(/^bulletins\/ky\/2025-09-12-a\.md/m);
  });

  it("report an id used twice (an entry in the wrong folder would take another's page)", () => {
    const a = entry('ky/2025-09-12-a');
    const again = {
      ...entry('ky/2025-09-12-a', { original: { path: 'originals/ky/2025-09-12-e.txt', submittedAs: 'e.txt', sha256: hash('e'), encoding: 'utf-8' } }),
      file: 'bulletins/tr/2025-09-12-a.md',
    };
    expect(lines([a, again], facts([a, again]))).toEqual([
      expect.stringMatching(/^bulletins\/tr\/2025-09-12-a\.md:\d+: its id ky\/2025-09-12-a \(and page\) is also bulletins\/ky\/2025-09-12-a\.md's/),
    ]);
  });

  it('report a missing original and one whose bytes changed, with the line of original.path or original.sha256', () => {
    const a = entry('ky/2025-09-12-a');
    const pathLine = a.keyLine(['original', 'path']);
    const hashLine = a.keyLine(['original', 'sha256']);
    expect(lines([a], facts([a], { originals: new Map() }))).toEqual([
      `bulletins/ky/2025-09-12-a.md:${pathLine}: its original originals/ky/2025-09-12-a.txt is missing (add the original text file to the pull request, as ingest wrote it)`,
    ]);
    expect(lines([a], facts([a], { originals: new Map([[a.data.original.path, hash('f')]]) }))).toEqual([
      expect.stringMatching(
        new RegExp(`^bulletins/ky/2025-09-12-a\\.md:${hashLine}: the bytes of originals/ky/2025-09-12-a\\.txt no longer match original\\.sha256`),
      ),
    ]);
  });

  it('report sameStory ids that are no bulletin or the entry itself, and warn about a link made one way only', () => {
    const a = entry('ky/2025-09-12-a', { sameStory: ['tr/2025-09-12-nope', 'ky/2025-09-12-a', 'tr/2025-09-12-b'] });
    const b = entry('tr/2025-09-12-b', { original: { path: 'originals/tr/2025-09-12-b.txt', submittedAs: 'b.txt', sha256: hash('b'), encoding: 'utf-8' } });
    const problems = lines([a, b]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/sameStory lists tr\/2025-09-12-nope, which is not a bulletin/);
    expect(problems[1]).toMatch(/sameStory lists the entry itself \(remove it\)/);
    expect(problems[2]).toMatch(
      /warning: tr\/2025-09-12-b does not list this entry in its sameStory \(add ky\/2025-09-12-a to sameStory in bulletins\/tr\/2025-09-12-b\.md\)/,
    );
  });

  it('report gazetteer ids that the gazetteer does not define, naming its file, and say when the file is new', () => {
    const a = entry('ky/2025-09-12-a', { organizations: ['csto', 'nato'] });
    expect(lines([a])).toEqual([
      expect.stringMatching(
        /organizations lists "nato", which is not in the gazetteer gazetteer\/organizations\.json \(add "nato" with its names to gazetteer\/organizations\.json, or correct the id\)$/,
      ),
    ]);
    const missingFile = facts([a], {
      gazetteer: { ...facts([a]).gazetteer, organization: { file: 'gazetteer/organizations.json', exists: false, ids: new Set() } },
    });
    expect(lines([a], missingFile).join('\n')).toMatch(/\(a new file: a JSON list of \{"id", "names"\}\)/);
  });

  it('warn about an original no entry uses, but not about the original of an entry that failed its own checks', () => {
    const a = entry('ky/2025-09-12-a');
    const originals = new Map([
      [a.data.original.path, hash('a')],
      ['originals/ky/orphan.txt', hash('1')],
      ['originals/ky/broken.txt', hash('2')],
    ]);
    expect(lines([a], facts([a], { originals, originalsOfInvalidEntries: new Set(['originals/ky/broken.txt']) }))).toEqual([
      'originals/ky/orphan.txt: warning: no entry refers to this original (remove it, or restore the entry made from it)',
    ]);
  });
});
