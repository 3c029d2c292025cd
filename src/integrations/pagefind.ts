import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../utils/search-terms.ts';

/**
 * Builds the Pagefind index once Astro has written the site, from the records the build wrote to
 * `search-records/` (then removed): Pagefind's Node API takes them as custom records, so no HTML is
 * parsed twice.
 *
 * All bulletins go into one index, whatever their language, so that one search box finds them all
 * (Pagefind would otherwise split the index by language and search only the page's own). The
 * index language has no Pagefind stemmer, so no language's words are stemmed as another's.
 */
export const SEARCH_INDEX_LANGUAGE = 'ky';
const RECORDS_DIR = 'search-records';

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'bulletins-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const recordsDir = path.join(site, RECORDS_DIR);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_INDEX_LANGUAGE });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        let count = 0;
        const chunks = readdirSync(recordsDir).filter((file) => file.endsWith('.json')).sort((a, b) => parseInt(a) - parseInt(b));
        for (const chunk of chunks) {
          const records = JSON.parse(readFileSync(path.join(recordsDir, chunk), 'utf8')) as SearchRecord[];
          for (const record of records) {
            const added = await index.addCustomRecord({
              url: record.url,
              content: record.content,
              language: SEARCH_INDEX_LANGUAGE,
              meta: { title: record.title, language: record.language, ...(record.date ? { date: record.date } : {}) },
              filters: {
                language: [record.language],
                ...(record.date ? { year: [record.date.slice(0, 4)] } : {}),
                ...(record.organizations.length ? { organization: record.organizations } : {}),
                ...(record.countries.length ? { country: record.countries } : {}),
              },
              // Undated bulletins sort as the oldest.
              sort: { date: record.date ?? '0000-00-00' },
            });
            if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
            count++;
          }
        }
        rmSync(recordsDir, { recursive: true, force: true });
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        // `npm run bench` reads this line for the indexing time.
        logger.info(`indexed ${count} bulletins for search in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        await pagefind.close();
      },
    },
  };
}
