import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bulletinsDir, ENTRY_EXTENSION, entryIdOf, originalPathOf } from '../../src/lib/content/content-layout.ts';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { listFiles } from '../../src/lib/content/files-fs.ts';
import { makeContentDir, projectRoot, runCheck, runIngest, type IngestJson } from '../helpers/build-site.ts';

/**
 * Ingest stopped dead (SIGKILL, as a crash or a closed terminal would) after each of its write
 * steps, then run again: the archive must end up with every input exactly once, its original byte
 * for byte, the inbox empty, and `npm run check` without a single error.
 *
 * Texts are written and committed in batches (scripts/ingest/content-store.ts); the two inputs
 * here make one. The steps (INGEST_STOP_AFTER_STEP counts them over the whole run): each text's
 * original written in place and its entry staged (1-4), then, once the batch is on disk, each entry
 * renamed into place (5-6) and each input removed from the inbox (7-8). An original cut short in
 * the middle of its write is the case of the test that an older ingest left one at the entry's path.
 */
const INPUTS = ['ky-summit.txt', 'tr-meeting.txt'].map((name) => path.join(projectRoot, 'tests/fixtures/raw', name));
const STEPS = 8;
/** After step `step`, the texts whose original is written but whose entry is not in place: the next run keeps those originals. */
const orphansAfter = (step: number) => INPUTS.filter((_, text) => step >= 2 * text + 1 && step < 5 + text).length;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function inboxWithInputs() {
  const contentDir = makeContentDir();
  mkdirSync(path.join(contentDir, 'inbox'));
  for (const input of INPUTS) copyFileSync(input, path.join(contentDir, 'inbox', path.basename(input)));
  return contentDir;
}

/** Every entry's original, by SHA-256 as its frontmatter records it, with the bytes found at its path. */
function archivedOriginals(contentDir: string) {
  return listFiles(bulletinsDir(contentDir), ENTRY_EXTENSION).map((file) => {
    const frontmatter = readFrontmatter(readFileSync(file, 'utf8'));
    if (!frontmatter.ok) throw new Error(`${file}: ${frontmatter.message}`);
    const original = frontmatter.data.original as { sha256: string; path: string };
    return { recorded: original.sha256, actual: sha256(readFileSync(path.join(contentDir, original.path))) };
  });
}

/** Writes `bytes` where ingest would put the first input's original: what an earlier run may have left there. */
function putAtPlannedOriginal(contentDir: string, bytes: Uint8Array | string) {
  const dryRun = JSON.parse(runIngest(['--out', contentDir, '--json', '--dry-run']).stdout) as IngestJson;
  const id = entryIdOf(contentDir, path.resolve(projectRoot, dryRun.results[0].output!));
  const original = path.join(contentDir, originalPathOf(id));
  mkdirSync(path.dirname(original), { recursive: true });
  writeFileSync(original, bytes);
  return { id, original };
}

function expectWholeArchive(contentDir: string) {
  const check = runCheck(contentDir);
  expect(check.status, check.stdout).toBe(0);
  expect(check.stdout).toMatch(/: no errors/);
  expect(check.stdout).not.toMatch(/no entry refers to this original/);
  const originals = archivedOriginals(contentDir);
  expect(originals.map((original) => original.recorded).sort()).toEqual(INPUTS.map((input) => sha256(readFileSync(input))).sort());
  for (const original of originals) expect(original.actual).toBe(original.recorded);
  expect(readdirSync(path.join(contentDir, 'inbox'))).toEqual([]);
  expect(existsSync(path.join(contentDir, '.ingest-staging'))).toBe(false);
  expect(existsSync(path.join(contentDir, '.ingest.lock'))).toBe(false);
}

describe('ingest stopped after any write step', () => {
  it.each(Array.from({ length: STEPS }, (_, index) => index + 1))(
    'stopped after step %i, then run again, holds every input exactly once',
    (step) => {
      const contentDir = inboxWithInputs();
      const stopped = runIngest(['--out', contentDir, '--json'], { INGEST_STOP_AFTER_STEP: String(step) });
      // Node runs the script itself (no tsx child process), so the kill ends the very process run here.
      expect(stopped.signal, stopped.stderr).toBe('SIGKILL');

      const rerun = runIngest(['--out', contentDir, '--json']);
      expect(rerun.status, rerun.stderr).toBe(0);
      expect(rerun.stderr).not.toMatch(/\n\s+at /);
      // The killed run's lock is taken over, and said so.
      expect(rerun.stderr).toMatch(/took over .*\.ingest\.lock from an ingest that stopped without finishing/);
      const report = JSON.parse(rerun.stdout) as IngestJson;
      const kept = report.results
        .flatMap((result) => result.warnings)
        .filter((warning) => /^kept .*originals\/.*\.txt, which an interrupted ingest had left without its entry/.test(warning));
      expect(kept).toHaveLength(orphansAfter(step));
      expectWholeArchive(contentDir);
    },
    60_000,
  );

  it("replaces an original an older ingest left cut short at the entry's path, and says so", () => {
    const contentDir = inboxWithInputs();
    putAtPlannedOriginal(contentDir, readFileSync(INPUTS[0]).subarray(0, 100));

    const rerun = runIngest(['--out', contentDir, '--json']);
    expect(rerun.status, rerun.stderr).toBe(0);
    const report = JSON.parse(rerun.stdout) as IngestJson;
    expect(report.results[0].warnings).toContainEqual(expect.stringMatching(/^replaced .*, an incomplete copy of this text left by an interrupted ingest/));
    expectWholeArchive(contentDir);
  }, 60_000);

  it('leaves an unrelated orphan original alone and names the new entry around it', () => {
    const contentDir = inboxWithInputs();
    const { original: unrelated, id: planned } = putAtPlannedOriginal(contentDir, 'another text, whose entry a maintainer removed\n');

    const rerun = runIngest(['--out', contentDir, '--json']);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(readFileSync(unrelated, 'utf8')).toBe('another text, whose entry a maintainer removed\n');
    const report = JSON.parse(rerun.stdout) as IngestJson;
    expect(report.results[0].output).toMatch(new RegExp(`${path.basename(planned)}-2\\.md$`));
    const check = runCheck(contentDir);
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/warning: no entry refers to this original/);
  }, 60_000);
});
