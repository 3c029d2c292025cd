import { existsSync, readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { gazetteerFileOf } from '../../src/lib/content/content-layout.ts';
import { gazetteerEntities } from '../../src/lib/content/gazetteer-fs.ts';
import { entityKind, type EntityKind } from '../../src/lib/content/gazetteer-schema.ts';
import { contentCheckPassed } from './content-check-gate.ts';
import { followFiles } from './follow-files.ts';

/**
 * Loads the gazetteer into Astro's content store, one entry per kind of entity (`person`, …) holding
 * its file's list, so that pages read it as they read the bulletins (src/lib/site/collection.ts).
 * In `astro dev` the files are watched: a name corrected while it runs is stored again, and Astro
 * renders the pages that show it afresh, as it does for an edited bulletin.
 */
export function gazetteerLoader(contentDir: string): Loader {
  return {
    name: 'gazetteer',
    load: async ({ store, parseData, generateDigest, logger, watcher }) => {
      // `npm run build` checks the gazetteer with the bulletins first (scripts/assemble/content-check-gate.ts).
      await contentCheckPassed();
      const sync = async (kind: EntityKind) => {
        const file = gazetteerFileOf(contentDir, kind);
        // Read once: what is stored is what its digest was made from.
        const text = existsSync(file) ? readFileSync(file, 'utf8') : '[]';
        const digest = generateDigest(text);
        if (store.get(kind)?.digest === digest) return;
        const entities = gazetteerEntities(file, text);
        store.set({ id: kind, data: await parseData({ id: kind, data: { entities } }), digest });
      };
      for (const kind of entityKind.options) await sync(kind);

      if (!watcher) return;
      // A file removed is an empty list, as when it is missing at the start.
      const kinds = new Map(entityKind.options.map((kind) => [gazetteerFileOf(contentDir, kind), kind]));
      const syncFile = (file: string) => sync(kinds.get(file)!);
      followFiles(watcher, [...kinds.keys()], { accepts: (file) => kinds.has(file), sync: syncFile, removed: syncFile, logger });
    },
  };
}
