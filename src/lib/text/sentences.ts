/**
 * Where sentences end, in the three senses ingest asks about. One end mark list for the first two;
 * the third is a wider set, of what may stand before a sentence's (or a quotation's) first word.
 */
const END_MARKS = '.!?…';

/** Where a sentence ends inside running text: an end mark followed by white space or the text's end. */
export const SENTENCE_END_IN_TEXT = new RegExp(`[${END_MARKS}](?=\\s|$)`, 'u');

/** A line that ends as a sentence does: an end mark, then any closing quotes or brackets (`…сүйлөдү.»`). */
export const ENDS_AS_SENTENCE = new RegExp(`[${END_MARKS}]["»”)]*$`, 'u');

/** Characters after which the next word opens a sentence or a quotation: end marks, a colon, opening quotes, dashes. */
export const BEFORE_SENTENCE_START = '.!?:«"“—–-';
