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
 * Per text the steps are: original written in place, entry staged, entry renamed into place, input
 * removed from the inbox (INGEST_STOP_AFTER_STEP counts them over the whole run, so steps 5 to 8
 * are the second text's). An original cut short in the middle of its write is the case of the
 * test that an older ingest left one at the entry's path.
 */
const INPUTS = ['ky-summit.txt', 'tr-meeting.txt'].map((name) => path.join(projectRoot, 'tests/fixtures/raw', name));
const STEPS_PER_TEXT = 4;
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
}

describe('ingest stopped after any write step', () => {
  // Every boundary of the second text's steps: the first text is then complete and must not be
  // written again, the second is cut at each point in turn (the first text's boundaries are the
  // same code with nothing written before).
  it.each(Array.from({ length: STEPS_PER_TEXT }, (_, index) => STEPS_PER_TEXT + index + 1))(
    'stopped after step %i, then run again, holds every input exactly once',
    (step) => {
      const contentDir = inboxWithInputs();
      const stopped = runIngest(['--out', contentDir, '--json'], { INGEST_STOP_AFTER_STEP: String(step) });
      // Node runs the script itself (no tsx child process), so the kill ends the very process run here.
      expect(stopped.signal, stopped.stderr).toBe('SIGKILL');

      const rerun = runIngest(['--out', contentDir, '--json']);
      expect(rerun.status, rerun.stderr).toBe(0);
      expect(rerun.stderr).not.toMatch(/\n\s+at /);
      const report = JSON.parse(rerun.stdout) as IngestJson;
      // Stopped once the original was in place but not yet its entry: the orphan is taken back.
      if (step % STEPS_PER_TEXT === 1 || step % STEPS_PER_TEXT === 2) {
        expect(report.results.flatMap((result) => result.warnings)).toContainEqual(expect.stringMatching(/^kept .*originals\/.*\.txt, which an interrupted ingest had left without its entry/));
      }
      expectWholeArchive(contentDir);
    },
    60_000,
  );

  it('replaces an original an older ingest left cut short at the entry\'s path, and says so', () => {
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
