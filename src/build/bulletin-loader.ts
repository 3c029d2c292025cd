import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { bulletinsDir, ENTRY_EXTENSION, entryIdOf } from '../utils/content-layout.ts';
import { listFiles } from '../utils/files-fs.ts';
import { readFrontmatter } from '../utils/frontmatter.ts';

/**
 * Loads bulletins into Astro's content store with their frontmatter only: id, validated data, digest
 * and file path. Astro's glob() loader also keeps every body and its rendered HTML there, and
 * writes the whole store to disk as one string: at 100,000 bulletins that string passed V8's
 * limit ("Invalid string length") and the build stopped, and at 10,000 it held hundreds of
 * megabytes that only each bulletin's own page needs. Pages read and render the body from the file
 * (`getBody`, `getRenderedBody` in src/utils/collection.ts).
 *
 * Like glob(), an unchanged file (same digest) is not parsed again, and entries whose file is gone
 * leave the store.
 */
export function bulletinLoader(contentDir: string): Loader {
  return {
    name: 'bulletins',
    load: async ({ store, parseData, generateDigest, config }) => {
      const root = fileURLToPath(config.root);
      const gone = new Set(store.keys());
      for (const file of listFiles(bulletinsDir(contentDir), ENTRY_EXTENSION)) {
        const id = entryIdOf(contentDir, file);
        gone.delete(id);
        const contents = readFileSync(file, 'utf8');
        const digest = generateDigest(contents);
        if (store.get(id)?.digest === digest) continue;
        const filePath = path.relative(root, file).split(path.sep).join('/');
        const frontmatter = readFrontmatter(contents);
        // `npm run build` checks every entry before Astro starts (scripts/build.ts); this is for
        // `astro dev`, which does not.
        if (!frontmatter.ok) throw new Error(`${filePath}:${frontmatter.line}: ${frontmatter.message} (${frontmatter.fix})`);
        const { data } = frontmatter;
        store.set({ id, data: await parseData({ id, data, filePath }), digest, filePath });
      }
      for (const id of gone) store.delete(id);
    },
  };
}
