import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Astro's cache folder: its content store and the incremental build's copies and manifest.
 * Builds of different content folders (tests, benchmarks) keep theirs apart with ASTRO_CACHE_DIR.
 */
export function astroCacheDir(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.ASTRO_CACHE_DIR ? path.resolve(env.ASTRO_CACHE_DIR) : path.join(projectRoot, 'node_modules/.astro');
}

/**
 * Output files the incremental build's manifest lists as this build's (rendered or reused), relative
 * to the output folder. The manifest is Astro's (experimental.incrementalBuild): routes → paths →
 * outputFile; an unreadable one lists nothing.
 */
export function incrementalOutputs(cacheDir: string): Set<string> {
  const file = path.join(cacheDir, 'incremental-build.json');
  if (!existsSync(file)) return new Set();
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }> };
    return new Set(
      Object.values(manifest.routes ?? {}).flatMap((route) =>
        Object.values(route.paths ?? {}).flatMap(({ outputFile }) => (outputFile ? [decodeURIComponent(outputFile)] : [])),
      ),
    );
  } catch {
    return new Set();
  }
}

/**
 * Removes what an earlier build left in the output folder and this one did not make: files older
 * than this build that the manifest does not list (pages of removed bulletins, old assets), then
 * empty folders. Astro no longer empties the folder itself (vite.build.emptyOutDir is off), so that
 * the pages an incremental build reuses stay where they are instead of being deleted and copied
 * back, thousands of files each time. Files the manifest lists are not even looked at (a stat
 * each is most of the walk's cost).
 */
export function removeStaleOutput(outDir: string, builtSince: number, kept: Set<string>): void {
  const visit = (dir: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.name === '.git') {
        empty = false;
      } else if (entry.isDirectory()) {
        if (visit(full)) rmSync(full, { recursive: true });
        else empty = false;
      } else if (!kept.has(path.relative(outDir, full).split(path.sep).join('/')) && statSync(full).mtimeMs < builtSince) {
        rmSync(full);
      } else {
        empty = false;
      }
    }
    return empty;
  };
  if (existsSync(outDir)) visit(outDir);
}
