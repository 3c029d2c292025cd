import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it.
 *
 * All bulletins go into one index, whatever their language, so that one search box finds them all
 * (Pagefind would otherwise split the index by `<html lang>` and search only the page's language).
 * The forced language has no Pagefind stemmer, so no language's words are stemmed as another's.
 */
export const SEARCH_INDEX_LANGUAGE = 'ky';

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'bulletins-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_INDEX_LANGUAGE });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages for search`);
        await pagefind.close();
      },
    },
  };
}
