import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Test builds go to `.cache/dist-*` inside the project (see build-site.ts); each run starts by
 * removing the previous run's, so they do not pile up, while the last run's stay for inspection.
 */
export default function removePreviousTestBuilds() {
  const cache = path.resolve(import.meta.dirname, '../../.cache');
  let entries: string[] = [];
  try {
    entries = readdirSync(cache);
  } catch {
    return;
  }
  for (const entry of entries) if (entry.startsWith('dist-')) rmSync(path.join(cache, entry), { recursive: true, force: true });
}
