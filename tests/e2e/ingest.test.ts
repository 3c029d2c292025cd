import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import { bulletinSchema } from '../../src/lib/content/bulletin-schema.ts';
import { ingestInto, makeContentDir, projectRoot, runIngest, type IngestJson } from '../helpers/build-site.ts';

const rawDir = path.join(projectRoot, 'tests/fixtures/raw');
const rawFiles = readdirSync(rawDir).sort();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('npm run ingest', () => {
  let contentDir: string;
  let report: IngestJson;

  beforeAll(() => {
    contentDir = makeContentDir();
    report = ingestInto(contentDir, [rawDir]);
  });

  it('reports one result per input in the documented JSON shape', () => {
    expect(report.results.map((result) => path.basename(result.input))).toEqual(rawFiles);
    for (const result of report.results) {
      expect(result).toEqual(expect.objectContaining({ status: 'ok', errors: [] }));
      expect(result.lang).toMatch(/^[a-z]{2,3}$/);
      expect(['Cyrl', 'Latn', 'Arab']).toContain(result.script);
      expect(result.date === null || /^\d{4}-\d{2}-\d{2}$/.test(result.date)).toBe(true);
    }
  });

  it('writes entries whose frontmatter passes the one bulletin schema', () => {
    for (const result of report.results) {
      const file = path.resolve(projectRoot, result.output!);
      const { data } = matter(readFileSync(file, 'utf8'));
      expect(() => bulletinSchema.parse(data)).not.toThrow();
    }
  });

  it('keeps every original byte for byte and points to it from the entry', () => {
    for (const result of report.results) {
      const { data } = matter(readFileSync(path.resolve(projectRoot, result.output!), 'utf8'));
      const submitted = readFileSync(result.input);
      const kept = readFileSync(path.join(contentDir, data.original.path));
      expect(Buffer.compare(kept, submitted)).toBe(0);
      expect(data.original.sha256).toBe(sha256(submitted));
      expect(data.original.submittedAs).toBe(path.basename(result.input));
    }
  });

  it('reads the legacy Windows-1251 file', () => {
    const result = report.results.find((entry) => entry.input.endsWith('ky-windows-1251.txt'))!;
    expect(result).toMatchObject({ lang: 'ky', script: 'Cyrl', date: '2023-03-01' });
    expect(result.title).toContain('кыргызча текст');
  });

  it('gives no date when the text has no year, and a warning naming the command that dates the entry it wrote', () => {
    const result = report.results.find((entry) => entry.input.endsWith('ky-undated.txt'))!;
    expect(result.date).toBeNull();
    expect(result.warnings).toContainEqual(expect.stringContaining(`\`npm run ingest -- --redate ${result.output} YYYY-MM-DD\``));
  });

  it('skips texts it already holds and never overwrites an entry edited by hand', () => {
    const first = report.results[0];
    const entry = path.resolve(projectRoot, first.output!);
    const edited = readFileSync(entry, 'utf8').replace(/^title: .*$/m, 'title: Edited by a maintainer');
    writeFileSync(entry, edited);
    const again = ingestInto(contentDir, [rawDir]);
    expect(again.results.map((result) => result.status)).toEqual(rawFiles.map(() => 'skipped'));
    expect(readFileSync(entry, 'utf8')).toBe(edited);
  });

  it('writes nothing on --dry-run', () => {
    const empty = makeContentDir();
    const dry = runIngest(['--out', empty, '--dry-run', '--json', rawDir]);
    expect(dry.status).toBe(0);
    expect(JSON.parse(dry.stdout).results).toHaveLength(rawFiles.length);
    expect(existsSync(path.join(empty, 'bulletins'))).toBe(false);
    expect(existsSync(path.join(empty, 'originals'))).toBe(false);
  });

  it('rejects unreadable input with the file name and the fix, exits 1, and keeps the input', () => {
    const dir = makeContentDir();
    const bad = path.join(dir, 'scan.txt');
    writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const result = runIngest(['--out', dir, bad]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${bad}: the file contains NUL bytes`);
    expect(result.stdout).toContain('save it as UTF-8');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(bad)).toBe(true);
  });

  it('empties the inbox once the originals are preserved', () => {
    const dir = makeContentDir();
    mkdirSync(path.join(dir, 'inbox'));
    const text = readFileSync(path.join(rawDir, 'tr-meeting.txt'));
    writeFileSync(path.join(dir, 'inbox', 'haber.txt'), text);
    const result = runIngest(['--out', dir]);
    expect(result.status).toBe(0);
    expect(readdirSync(path.join(dir, 'inbox'))).toEqual([]);
    expect(readdirSync(path.join(dir, 'originals', 'tr'))).toHaveLength(1);
  });

  it('ingests a large batch on several threads with the names a one-thread run gives, in input order', () => {
    const dir = makeContentDir();
    const batch = path.join(dir, 'batch');
    mkdirSync(batch);
    const template = readFileSync(path.join(rawDir, 'tr-meeting.txt'), 'utf8');
    for (let n = 0; n < 80; n++)
      writeFileSync(path.join(batch, `${String(n).padStart(3, '0')}.txt`), template.replace('toplandı', `toplandı ${n}`).replace('bugün', `bugün (${n})`));
    const report = ingestInto(dir, [batch]);
    expect(report.results.map((result) => path.basename(result.input))).toEqual(readdirSync(batch).sort());
    expect(report.results.every((result) => result.status === 'ok')).toBe(true);
    const outputs = report.results.map((result) => path.basename(result.output!));
    expect(new Set(outputs).size).toBe(80);
    // Each entry is named after its own input, whichever thread analysed it.
    outputs.forEach((output, n) => {
      expect(output).toBe(`2024-11-06-biskekte-kgao-guvenlik-konseyi-sekreterleri-toplandi-${n}.md`);
    });
  });

  it('explains a missing input instead of failing', () => {
    const result = runIngest(['--out', makeContentDir(), 'no/such/file.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no/such/file.txt: no such file or folder');
  });
});
