import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/content/files-fs.ts';
import { makeOutDir, runBuild } from '../helpers/build-site.ts';
import { makeSeedArchive } from '../helpers/fixture-archive.ts';

/**
 * A build reads each bulletin's file once for the content check, which hands what it found to
 * Astro's loader and the search records, and once for its page and the feeds that carry it
 * (docs: architecture). Counted as the kernel sees it: every file a build and all its processes
 * open, traced by strace.
 */
const STRACE = '/usr/bin/strace';

/** Why the opens cannot be counted here, or null when they can (strace installed and allowed to trace). */
function cannotTrace(): string | null {
  if (!existsSync(STRACE)) return `skipped: ${STRACE} is not installed (apt-get install strace)`;
  const probe = spawnSync(STRACE, ['-f', '-o', '/dev/null', 'true'], { encoding: 'utf8' });
  return probe.status === 0 ? null : `skipped: strace cannot trace here: ${probe.stderr.trim().split('\n')[0]}`;
}
const skipReason = cannotTrace();

/** Builds `contentDir` under strace; how many times each bulletin file was opened (every one listed, 0 when not opened). */
function opensPerBulletin(contentDir: string, outDir: string, cacheDir: string): Map<string, number> {
  const trace = path.join(mkdtempSync(path.join(os.tmpdir(), 'bulletins-trace-')), 'openat');
  const result = runBuild(contentDir, outDir, cacheDir, {
    under: [STRACE, '-f', '-qq', '--successful-only', '-e', 'trace=open,openat,openat2', '-e', 'signal=none', '-o', trace],
  });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status}):\n${result.stderr}\n${result.stdout.slice(-4000)}`);
  const opens = new Map(listFiles(path.join(contentDir, 'bulletins'), '.md').map((file) => [file, 0]));
  for (const line of readFileSync(trace, 'utf8').split('\n')) {
    const file = /open(?:at2?)?\((?:AT_FDCWD, )?"([^"]+)"/.exec(line)?.[1];
    if (file && opens.has(path.resolve(contentDir, file))) opens.set(path.resolve(contentDir, file), opens.get(path.resolve(contentDir, file))! + 1);
  }
  return opens;
}

describe.skipIf(skipReason !== null)(`the files a build opens${skipReason ? ` (${skipReason})` : ''}`, { timeout: 300_000 }, () => {
  const contentDir = makeSeedArchive();
  const outDir = makeOutDir();
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'bulletins-astro-cache-'));

  it('opens each bulletin file twice in a cold build: once for the check, once for its page and feeds', () => {
    const opens = opensPerBulletin(contentDir, outDir, cacheDir);
    // The five seeds.
    expect(opens.size).toBe(5);
    for (const [file, count] of opens) expect({ file, count }).toEqual({ file, count: 2 });
  });

  it('opens an edited file twice in a rebuild, and any other once at most', () => {
    const [edited] = listFiles(path.join(contentDir, 'bulletins'), '.md');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nOne more sentence.\n`);
    const opens = opensPerBulletin(contentDir, outDir, cacheDir);
    expect(opens.get(edited)).toBe(2);
    // The archive's feed (src/pages/rss.xml.ts) has no cache key, so it is rendered on every build
    // and reads the bodies it carries; nothing else reads an unchanged file.
    for (const [file, count] of opens) if (file !== edited) expect({ file, count: Math.min(count, 1) }).toEqual({ file, count });
  });
});
