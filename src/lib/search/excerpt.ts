import { searchWords } from './terms.ts';
import { PAGEFIND_WORD } from '../text/text.ts';

/** A `<mark>` tag or a word of Pagefind's excerpt HTML (escaped text with only `<mark>` added). */
const TAG_OR_WORD = new RegExp(`</?mark>|${PAGEFIND_WORD.source}`, 'gu');
/** What may stand between the title and the text after it once the title is cut off. */
const LEADING_SEPARATORS = /^(?:\s|<\/mark>|[.,:;!?…—–-])+/u;

/**
 * Pagefind's excerpt without the words of the title that open it. A record's text begins with its
 * title (scripts/search-index/records.ts), so an excerpt of a match near the top starts with the whole
 * title or its last words; the result's heading shows the title already, and a derived title is
 * the lead's own words, so readers would read it twice. Only a run of at least two words that ends
 * where the title ends is cut: the same words later in the text are the bulletin's own and stay.
 */
export function excerptWithoutTitle(excerpt: string, title: string): string {
  const titleWords = searchWords(title).map((word) => word.toLowerCase());
  const words: { word: string; end: number }[] = [];
  for (const match of excerpt.matchAll(TAG_OR_WORD)) {
    if (words.length === titleWords.length) break;
    if (!match[0].startsWith('<')) words.push({ word: match[0].toLowerCase(), end: match.index + match[0].length });
  }
  const shortest = Math.min(2, titleWords.length);
  for (let length = Math.min(words.length, titleWords.length); length >= shortest; length--) {
    const tail = titleWords.slice(titleWords.length - length);
    if (!tail.every((word, i) => word === words[i].word)) continue;
    const afterTitle = excerpt.slice(words[length - 1].end);
    const rest = afterTitle.replace(LEADING_SEPARATORS, '');
    const cut = excerpt.slice(0, excerpt.length - rest.length);
    // A mark the cut leaves open closes in the rest: reopen it there so the tags stay paired.
    const open = (cut.match(/<mark>/g) ?? []).length > (cut.match(/<\/mark>/g) ?? []).length;
    return open ? `<mark>${rest}` : rest;
  }
  return excerpt;
}
