import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, it } from 'vitest';

/** `../shared` beside the checkout: seeds, fixtures and the evaluation corpus. A fresh clone has none. */
export const sharedDir = process.env.SHARED_DIR ? path.resolve(process.env.SHARED_DIR) : fileURLToPath(new URL('../../../shared/', import.meta.url));

export const hasShared = existsSync(path.join(sharedDir, 'fixtures', 'seeds-expected.json'));

const skipReason = `skipped: ${sharedDir} is absent (it holds the seeds, fixtures and corpus beside a developer's checkout)`;

/**
 * A describe block that runs only where ../shared exists. Elsewhere its body is never called (it
 * may read ../shared while collecting tests); one skipped test says why.
 */
export function describeWithShared(name: string, body: () => void) {
  if (hasShared) describe(name, body);
  else describe(name, () => it.skip(skipReason, () => {}));
}

export function sharedPath(...parts: string[]) {
  return path.join(sharedDir, ...parts);
}

export interface CorpusItem {
  id: string;
  lang: string;
  script: 'Cyrl' | 'Latn' | 'Arab';
  kind: 'article' | 'sentences';
  text: string;
  title: string | null;
  date: string | null;
  source: string;
  meta: { date_year_in_text?: boolean; date_in_text?: boolean; [key: string]: unknown };
}

export function readCorpus(): CorpusItem[] {
  return readFileSync(sharedPath('corpus', 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusItem);
}
