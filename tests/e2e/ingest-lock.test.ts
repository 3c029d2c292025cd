import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bulletinsDir, ENTRY_EXTENSION } from '../../src/lib/content/content-layout.ts';
import { listFiles } from '../../src/lib/content/files-fs.ts';
import { makeContentDir, projectRoot, runCheck, runIngest, type IngestJson } from '../helpers/build-site.ts';

/**
 * One ingest at a time per content folder (`<content>/.ingest.lock`): real processes started at
 * once, a lock left by a process that is gone, and one held by a live process.
 */
const TEXTS_PER_RUN = 40;
const fixture = readFileSync(path.join(projectRoot, 'tests/fixtures/raw/ky-summit.txt'), 'utf8');

/** `count` distinct texts (each its own SHA-256) in a folder of their own. */
function textsIn(dir: string, count: number, tag: string) {
  mkdirSync(dir, { recursive: true });
  for (let n = 0; n < count; n++) writeFileSync(path.join(dir, `${tag}-${n}.txt`), `${fixture}\nМаалымат ${tag}-${n}.\n`);
  return dir;
}

/** `npm run ingest` as a process of its own, run to its end; resolves with what it printed. */
function ingestProcess(args: string[]): Promise<{ pid: number; status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/ingest.ts', ...args], { cwd: projectRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ pid: child.pid!, status, stdout, stderr }));
  });
}

/** The span of time in which a run's entries were written (their modification times, in ns). */
function writeSpan(files: string[]) {
  const times = files.map((file) => statSync(file, { bigint: true }).mtimeNs);
  // biome-ignore lint/complexity/useMathMinMax: the times are bigints, which Math.min and Math.max do not take
  return { from: times.reduce((a, b) => (a < b ? a : b)), to: times.reduce((a, b) => (a > b ? a : b)) };
}

describe('two ingests into one content folder', () => {
  it('started at once, never interleave: one waits, saying for which, then runs', async () => {
    const contentDir = makeContentDir();
    const inputs = ['a', 'b'].map((tag) => textsIn(path.join(contentDir, '..', `${path.basename(contentDir)}-${tag}`), TEXTS_PER_RUN, tag));
    const runs = await Promise.all(inputs.map((input) => ingestProcess(['--out', contentDir, '--json', input])));
    for (const run of runs) expect(run.status, run.stderr).toBe(0);

    const waited = runs.filter((run) => /waiting for the ingest that is writing to/.test(run.stderr));
    expect(waited).toHaveLength(1);
    const other = runs.find((run) => run !== waited[0])!;
    expect(waited[0].stderr).toContain(`(pid ${other.pid} on ${os.hostname()}`);

    const written = runs.map((run) => (JSON.parse(run.stdout) as IngestJson).results.map((result) => path.resolve(projectRoot, result.output!)));
    for (const files of written) expect(files).toHaveLength(TEXTS_PER_RUN);
    const [first, second] = written.map(writeSpan).sort((a, b) => (a.from < b.from ? -1 : 1));
    expect(first.to < second.from, `write spans ${first.from}–${first.to} and ${second.from}–${second.to} overlap`).toBe(true);

    expect(listFiles(bulletinsDir(contentDir), ENTRY_EXTENSION)).toHaveLength(2 * TEXTS_PER_RUN);
    expect(existsSync(path.join(contentDir, '.ingest.lock'))).toBe(false);
    const check = runCheck(contentDir);
    expect(check.status, check.stdout).toBe(0);
  }, 120_000);

  it('takes over a lock left by a process that is gone, and says so', () => {
    const contentDir = makeContentDir();
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(path.join(contentDir, '.ingest.lock'), JSON.stringify({ pid: gone, host: os.hostname(), started: '2026-01-01T00:00:00.000Z' }));
    const result = runIngest(['--out', contentDir, '--json', textsIn(path.join(contentDir, '..', `${path.basename(contentDir)}-in`), 2, 'c')]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      `took over ${path.join(contentDir, '.ingest.lock')} from an ingest that stopped without finishing (pid ${gone}, started 2026-01-01T00:00:00.000Z)`,
    );
    expect((JSON.parse(result.stdout) as IngestJson).results.map((entry) => entry.status)).toEqual(['ok', 'ok']);
    expect(existsSync(path.join(contentDir, '.ingest.lock'))).toBe(false);
  });

  it("waits while the lock's process lives, and goes on once the lock is gone", async () => {
    const contentDir = makeContentDir();
    const lockFile = path.join(contentDir, '.ingest.lock');
    // This test's own process: alive for as long as the ingest runs.
    writeFileSync(lockFile, JSON.stringify({ pid: process.pid, host: os.hostname(), started: '2026-01-01T00:00:00.000Z' }));
    const input = textsIn(path.join(contentDir, '..', `${path.basename(contentDir)}-in`), 1, 'd');
    const child = spawn(process.execPath, ['scripts/ingest.ts', '--out', contentDir, '--json', input], { cwd: projectRoot });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const waiting = new Promise<void>((resolve) =>
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
        if (stderr.includes(`(if no ingest is running, remove ${lockFile})`)) resolve();
      }),
    );
    await waiting;
    expect(stderr).toContain(`waiting for the ingest that is writing to ${contentDir} (pid ${process.pid} on ${os.hostname()}`);
    expect(existsSync(bulletinsDir(contentDir))).toBe(false);
    rmSync(lockFile);
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status, stderr).toBe(0);
    expect((JSON.parse(stdout) as IngestJson).results.map((entry) => entry.status)).toEqual(['ok']);
  }, 60_000);
});
