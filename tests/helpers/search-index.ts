import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtShardDirs } from '../../scripts/search-index/indexing.ts';

/** How many pages a built site's search index holds, over all its shards (Pagefind's entry files). */
export function indexedPageCount(dist: string): number {
  return builtShardDirs(dist).reduce((sum, dir) => {
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return sum + Object.values(entry.languages).reduce((pages, language) => pages + language.page_count, 0);
  }, 0);
}

/** Every Pagefind fragment file of a built site's search index, over all its shards. */
export function fragmentFiles(dist: string): string[] {
  return builtShardDirs(dist).flatMap((dir) => readdirSync(path.join(dir, 'fragment')).map((file) => path.join(dir, 'fragment', file)));
}
