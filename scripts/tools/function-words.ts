/**
 * npm run function-words -- CORPUS.jsonl [--top N]
 *
 * Writes each language's frequent function words, `src/lib/languages/<code>/function-words.json`,
 * from a corpus in the format of ../shared/corpus/dev.jsonl: the commonest short words (at most
 * five letters) of the language, each counted at most once a sentence, read from its treebank sentences (`kind: sentences`,
 * general prose rather than news) where it has at least MIN_TEXTS of them, else from all its texts.
 * Languages with fewer texts than that get no list. The list is data: ingest's block classifier
 * (scripts/ingest/prose-blocks.ts) uses the share of such words as one sign of prose.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LANGUAGES } from '../../src/lib/languages/index.ts';
import { lowerCaseFor } from '../../src/lib/text/text.ts';

const MIN_TEXTS = 5;
const MAX_LETTERS = 5;

const { positionals, values } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' } } });
const file = positionals[0];
if (!file) {
  console.error('usage: npm run function-words -- CORPUS.jsonl [--top N]');
  process.exit(2);
}
const top = Number(values.top);

interface Item {
  lang: string;
  kind: string;
  text: string;
}
const items = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Item);

for (const code of LANGUAGES.keys()) {
  const own = items.filter((item) => item.lang === code);
  const sentences = own.filter((item) => item.kind === 'sentences');
  const texts = sentences.length >= MIN_TEXTS ? sentences : own;
  if (texts.length < MIN_TEXTS) {
    console.log(`${code}: ${texts.length} texts, fewer than ${MIN_TEXTS}: no list`);
    continue;
  }
  const inTexts = new Map<string, number>();
  for (const { text } of texts) {
    for (const sentence of text.split(/(?<=[.!?…])\s+|\n+/u)) {
      const words = new Set((lowerCaseFor(sentence, code).match(/[\p{L}\p{M}]+/gu) ?? []).filter((word) => [...word].length <= MAX_LETTERS));
      for (const word of words) inTexts.set(word, (inTexts.get(word) ?? 0) + 1);
    }
  }
  const words = [...inTexts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([word]) => word);
  const data = {
    _about: `The ${top} words of at most ${MAX_LETTERS} letters in the most sentences of ${texts.length} ${texts === sentences ? 'treebank sentence groups' : 'texts'} of the development corpus (npm run function-words): a sign of prose for scripts/ingest/prose-blocks.ts.`,
    words,
  };
  writeFileSync(
    new URL(`../../src/lib/languages/${code}/function-words.json`, import.meta.url),
    `${JSON.stringify(data, null, 2).replace(/\[\n\s+([^\]]*?)\n\s+\]/su, (_, inner: string) => `[${inner.replace(/\n\s+/gu, ' ')}]`)}\n`,
  );
  console.log(`${code}: ${words.length} words from ${texts.length} texts`);
}
