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
 * Files of the public folder, relative to it: each is copied into the output folder as it is. Astro
 * gives the copies the source files' times (static-build's copyTimestamps), so a public file last
 * changed a year ago is an output "older than this build": it is this build's by where it comes from,
 * not by its time.
 */
export function publicOutputs(publicDir: string): Set<string> {
  const files = new Set<string>();
  const visit = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix + entry.name;
      if (entry.isDirectory()) visit(path.join(dir, entry.name), `${relative}/`);
      else files.add(relative);
    }
  };
  if (existsSync(publicDir)) visit(publicDir, '');
  return files;
}

/**
 * Removes what an earlier build left in the output folder and no part of this one produced. What
 * this build owns is named in `kept` (pages the incremental manifest lists, rendered or reused, the
 * public folder's files, the search index's and the originals' files); anything else stays only if
 * this build wrote it (assets, sitemap, pages rendered without a cache key: written now, so not
 * older than the build). Astro no longer empties the folder itself (vite.build.emptyOutDir is off),
 * so that the pages an incremental build reuses stay where they are instead of being deleted and
 * copied back, thousands of files each time. Files in `kept` are not even looked at (a stat each is
 * most of the walk's cost).
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
