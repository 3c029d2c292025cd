import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Test builds go to `.cache/dist-*` inside the project (see build-site.ts); each run starts by
 * removing the previous run's, so they do not pile up, while the last run's stay for inspection.
 * Everything else a test makes in the system's temporary folder (content copies, Astro caches,
 * Chromium profiles, and the compile cache of the ingest and build processes it starts) goes to
 * one folder of this run, `TMPDIR` for the test processes and theirs, removed when the run ends:
 * a run left ~130 MB in ~100 folders behind before.
 */
export default function setUpTestRun() {
  removePreviousTestBuilds();
  const runTemp = mkdtempSync(path.join(os.tmpdir(), 'bulletins-test-run-'));
  process.env.TMPDIR = runTemp;
  return () => rmSync(runTemp, { recursive: true, force: true });
}

function removePreviousTestBuilds() {
  const cache = path.resolve(import.meta.dirname, '../../.cache');
  let entries: string[] = [];
  try {
    entries = readdirSync(cache);
  } catch {
    return;
  }
  for (const entry of entries) if (entry.startsWith('dist-')) rmSync(path.join(cache, entry), { recursive: true, force: true });
}
