import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { Bulletin } from '../../src/lib/content/bulletin-schema.ts';
import { bulletinsDir, contentRelativePath, ENTRY_EXTENSION, entryFileOf, entryIdOf } from '../../src/lib/content/content-layout.ts';
import { fileSignature, listFiles } from '../../src/lib/content/files-fs.ts';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { sha256Hex } from '../ingest/sha256.ts';
import { astroCacheDir } from './build-output.ts';
import { CHECK_CACHE_FILE, checkCacheKey, checkCodeVersion, readCheckCache } from './check-cache.ts';
import { contentCheckPassed } from './content-check-gate.ts';
import { followFiles } from './follow-files.ts';
import { writePublishedOriginals } from './originals-output.ts';

/**
 * Loads bulletins into Astro's content store with their frontmatter only: id, validated data, digest
 * and file path. Astro's glob() loader also keeps every body and its rendered HTML there, and
 * writes the whole store to disk as one string: at 100,000 bulletins that string passed V8's
 * limit ("Invalid string length") and the build stopped, and at 10,000 it held hundreds of
 * megabytes that only each bulletin's own page needs. Pages read and render the body from the file
 * (`getBody`, `getRenderedBody` in src/lib/site/collection.ts).
 *
 * Like glob(), an unchanged entry (same digest) is not stored again, and entries whose file is gone
 * leave the store; a file whose signature did not change is not even looked at. Under `npm run
 * build` the loader reads no file at all: the build's content check has just read, parsed and
 * validated every changed file with the same schema, and its cache (scripts/assemble/check-cache.ts)
 * gives each entry's data and the SHA-256 of its bytes, the entry's digest (with its path). Only a file the check
 * did not see as it is now (under `astro dev`, which checks nothing) is read, parsed and validated
 * here.
 *
 * It also lists every entry's original for the build to publish (scripts/assemble/originals-output.ts).
 */
export function bulletinLoader(contentDir: string): Loader {
  return {
    name: 'bulletins',
    load: async ({ store, meta, parseData, config, logger, watcher }) => {
      // `npm run build` checks the content while Astro starts: not a file is read before it passed.
      await contentCheckPassed();
      const root = fileURLToPath(config.root);
      const entries = bulletinsDir(contentDir);
      let checked: ReturnType<typeof readCheckCache> | undefined;

      /** Stores the entry at `file` unless it is unchanged since it was stored. */
      const sync = async (file: string) => {
        const id = entryIdOf(contentDir, file);
        // A file with the signature it had when it was stored is not even read (files-fs.ts).
        const signature = fileSignature(file);
        const signatureKey = `signature:${id}`;
        if (store.has(id) && meta.get(signatureKey) === signature) return;
        checked ??= readCheckCache(path.join(astroCacheDir(root), CHECK_CACHE_FILE), contentDir, checkCodeVersion());
        const check = checked.get(checkCacheKey('entry', contentRelativePath(contentDir, file)));
        const filePath = path.relative(root, file).split(path.sep).join('/');
        // The path is part of the digest: `astro dev` keeps one store for every CONTENT_DIR it is
        // started with (in the project's .astro/), and pages read the body from the stored filePath.
        const digestOf = (sha256: string) => `${sha256}:${filePath}`;
        if (check?.kind === 'entry' && check.entry && check.signature === signature) {
          const digest = digestOf(check.sha256);
          if (store.get(id)?.digest !== digest) store.set({ id, data: check.entry.data, digest, filePath });
        } else {
          const bytes = readFileSync(file);
          const digest = digestOf(sha256Hex(bytes));
          if (store.get(id)?.digest !== digest)
            store.set({ id, data: await parseData({ id, data: frontmatterOf(bytes.toString('utf8'), filePath), filePath }), digest, filePath });
        }
        meta.set(signatureKey, signature);
      };
      const remove = (file: string) => {
        const id = entryIdOf(contentDir, file);
        store.delete(id);
        meta.delete(`signature:${id}`);
      };
      const publishOriginals = () =>
        writePublishedOriginals(
          astroCacheDir(root),
          store.values().map((entry) => (entry.data as Bulletin).original.path),
        );

      const gone = new Set(store.keys());
      for (const file of listFiles(entries, ENTRY_EXTENSION)) {
        gone.delete(entryIdOf(contentDir, file));
        await sync(file);
      }
      for (const id of gone) remove(entryFileOf(contentDir, id));
      publishOriginals();

      // `astro dev` only: an entry added, edited or removed while it runs is stored again at once;
      // Astro then reloads the pages that show it (the content layer's own watcher, Vite's).
      if (!watcher) return;
      followFiles(watcher, [entries], {
        accepts: (file) => file.endsWith(ENTRY_EXTENSION) && !path.relative(entries, file).startsWith('..'),
        sync: async (file) => {
          await sync(file);
          publishOriginals();
        },
        removed: (file) => {
          remove(file);
          publishOriginals();
        },
        logger,
      });
    },
  };
}

function frontmatterOf(contents: string, filePath: string): Record<string, unknown> {
  const frontmatter = readFrontmatter(contents);
  // `npm run build` checks every entry before Astro starts (scripts/build.ts); this is for
  // `astro dev`, which does not.
  if (!frontmatter.ok) throw new Error(`${filePath}:${frontmatter.line}: ${frontmatter.message} (${frontmatter.fix})`);
  return frontmatter.data;
}
