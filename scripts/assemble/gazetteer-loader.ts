import { existsSync, readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { gazetteerFileOf } from '../../src/lib/content/content-layout.ts';
import { GazetteerError, loadGazetteer } from '../../src/lib/content/gazetteer-fs.ts';
import { entityKind, type EntityKind } from '../../src/lib/content/gazetteer-schema.ts';
import { contentCheckPassed } from './content-check-gate.ts';

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
        const digest = generateDigest(existsSync(file) ? readFileSync(file, 'utf8') : '');
        if (store.get(kind)?.digest === digest) return;
        const entities = loadGazetteer(contentDir, kind);
        store.set({ id: kind, data: await parseData({ id: kind, data: { entities } }), digest });
      };
      for (const kind of entityKind.options) await sync(kind);

      if (!watcher) return;
      const kinds = new Map(entityKind.options.map((kind) => [gazetteerFileOf(contentDir, kind), kind]));
      watcher.add([...kinds.keys()]);
      const onWrite = async (file: string) => {
        const kind = kinds.get(file);
        if (!kind) return;
        try {
          await sync(kind);
        } catch (error) {
          // A broken file leaves its last good version shown; the message says where and what to do.
          if (!(error instanceof GazetteerError)) throw error;
          logger.error(error.message);
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onWrite);
    },
  };
}
