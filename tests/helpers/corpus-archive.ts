import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestInto, makeContentDir } from './build-site.ts';
import { readCorpus } from './shared.ts';

/**
 * An archive ingested from the dev corpus's articles (../shared/corpus/dev.jsonl): real pages with
 * long names, long words and agency lines in every language the corpus has. The texts go to a
 * temporary folder, never into the project; a known date is given as the maintainer's date header.
 */
export function makeCorpusArchive(): string {
  const rawDir = mkdtempSync(path.join(os.tmpdir(), 'bulletins-corpus-raw-'));
  for (const item of readCorpus().filter((candidate) => candidate.kind === 'article')) {
    const dir = path.join(rawDir, item.lang);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${item.id}.txt`), `${item.date ? `date ${item.date}\n` : ''}${item.text}`);
  }
  const contentDir = makeContentDir();
  ingestInto(contentDir, [rawDir]);
  return contentDir;
}
