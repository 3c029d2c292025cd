import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishedOriginalPath } from '../../src/lib/content/content-layout.ts';

/**
 * The originals the site publishes, byte for byte, at the path they have in the content folder
 * (`/originals/<lang>/<name>.txt`; a saved page's as `<name>.html.txt`, so that it is served as text): every bulletin's own, and no other (an original no entry refers
 * to any more stays unpublished). They are published as files, not rendered as pages: through Astro,
 * each cost a request, a response, a page write and a second write into the incremental cache,
 * about as much as a bulletin's whole page, and they were nearly half of a build's outputs.
 *
 * The bulletin loader knows every entry's original and writes their list into the cache folder;
 * the build publishes the list's files after Astro, and the dev server serves them from it.
 */
const LIST_FILE = 'published-originals.json';

/** Written by the bulletin loader (scripts/assemble/bulletin-loader.ts) after every sync. */
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
 * Puts every published original into the output folder, as a hard link to the content folder's file
 * where the two folders share a file system, else as a copy: the bytes are the same, and a link is
 * one directory entry where a copy is a new file to write (10,000 copies took 5.7 s here, the links
 * 0.5 s). Nothing writes into a published original: the output folder is only ever deleted from,
 * and a new build replaces a file instead of writing through it. A copy or link that is current
 * (the same file, or the same size and not older) is left alone; a replaced original is published
 * again. The files' paths in the output folder are the list's paths (`publishedOriginalPath`).
 */
export function publishOriginals(contentDir: string, outDir: string, cacheDir: string): void {
  const madeDirs = new Set<string>();
  for (const originalPath of readPublishedOriginals(cacheDir)) {
    const source = path.join(contentDir, originalPath);
    const published = path.join(outDir, publishedOriginalPath(originalPath));
    const sourceStat = statSync(source);
    const publishedStat = statSync(published, { throwIfNoEntry: false });
    if (publishedStat) {
      const current = publishedStat.ino === sourceStat.ino || (publishedStat.size === sourceStat.size && publishedStat.mtimeMs >= sourceStat.mtimeMs);
      if (current) continue;
      rmSync(published);
    }
    const dir = path.dirname(published);
    if (!madeDirs.has(dir)) mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
    try {
      linkSync(source, published);
    } catch (error) {
      // Another file system (EXDEV), or one without hard links.
      if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
      copyFileSync(source, published);
    }
  }
}

/** The integration that publishes the originals: after `astro build`, and served by `astro dev`. */
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
          const original = readPublishedOriginals(cacheDir).find((candidate) => publishedOriginalPath(candidate) === originalPath);
          if (!original) return next();
          response.setHeader('content-type', 'text/plain; charset=utf-8');
          response.end(readFileSync(path.join(contentDir, original)));
        });
      },
    },
  };
}
