import { constants, copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The originals the site publishes, byte for byte, at the path they have in the content folder
 * (`/originals/<lang>/<name>.txt`): every bulletin's own, and no other (an original no entry refers
 * to any more stays unpublished). They are copied as files, not rendered as pages: through Astro,
 * each cost a request, a response, a page write and a second write into the incremental cache,
 * about as much as a bulletin's whole page, and they were nearly half of a build's outputs.
 *
 * The bulletin loader knows every entry's original and writes their list into the cache folder;
 * the build copies the list's files after Astro, and the dev server serves them from it.
 */
const LIST_FILE = 'published-originals.json';

/** Written by the bulletin loader (src/build/bulletin-loader.ts) after every sync. */
export function writePublishedOriginals(cacheDir: string, originalPaths: string[]): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path.join(cacheDir, LIST_FILE), JSON.stringify(originalPaths.toSorted()));
}

/** The content-relative paths (`originals/ky/….txt`) of the originals to publish; none before the first sync. */
export function readPublishedOriginals(cacheDir: string): string[] {
  const file = path.join(cacheDir, LIST_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : [];
}

/**
 * Copies every published original into the output folder, skipping a copy that is current (same
 * size and not older than its source: originals are never edited in place, but a restored or
 * replaced one is copied again). The copies' paths in the output folder are the list's paths.
 */
export function publishOriginals(contentDir: string, outDir: string, cacheDir: string): void {
  const madeDirs = new Set<string>();
  for (const originalPath of readPublishedOriginals(cacheDir)) {
    const source = path.join(contentDir, originalPath);
    const copy = path.join(outDir, originalPath);
    const sourceStat = statSync(source);
    const copyStat = statSync(copy, { throwIfNoEntry: false });
    if (copyStat && copyStat.size === sourceStat.size && copyStat.mtimeMs >= sourceStat.mtimeMs) continue;
    const dir = path.dirname(copy);
    if (!madeDirs.has(dir)) mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
    copyFileSync(source, copy, constants.COPYFILE_FICLONE);
  }
}

/** The integration that publishes the originals: copied after `astro build`, served by `astro dev`. */
export function originalsIntegration(contentDir: string, base: string): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'bulletin-originals',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir }) => {
        publishOriginals(contentDir, fileURLToPath(dir), cacheDir);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const url = decodeURIComponent((request.url ?? '').split('?')[0]);
          const originalPath = url.startsWith(base) ? url.slice(base.length) : '';
          if (!readPublishedOriginals(cacheDir).includes(originalPath)) return next();
          response.end(readFileSync(path.join(contentDir, originalPath)));
        });
      },
    },
  };
}
