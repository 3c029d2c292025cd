import endings from './turkic-endings.json' with { type: 'json' };

/**
 * Case, possessive, plural and relational endings of the archive's Turkic languages, Turkmen
 * included (its back vowel y where the others write ı or ы, key i: Putiniň, Türkmenistanyň,
 * Moskwany), and the commonest Russian ones, as data in turkic-endings.json, written in the match key's alphabet (see
 * `matchKey`), so `дун`, `dun` and `дүн` are all `dun`: one list for all of them, since a name's
 * forms are matched across alphabets. Ingest uses them to recognise a name's inflected forms;
 * search uses them to take an inflected query back to its stem.
 */
export const ENDINGS: readonly string[] = endings;

const ALTERNATIVES = [...ENDINGS].sort((a, b) => b.length - a.length).join('|');

/** What follows a name in one of its forms: up to three endings in a row. */
export const ENDING_SEQUENCE = new RegExp(`^(?:${ALTERNATIVES}){0,3}$`);

const TRAILING_ENDINGS = new RegExp(`(?:${ALTERNATIVES}){1,3}$`);

/**
 * The stem of a match key: trailing endings removed when they are at least two letters long
 * and leave at least five, so that names such as `hakan` or `fidan` are left alone.
 */
export function stemKey(key: string): string {
  const ending = TRAILING_ENDINGS.exec(key)?.[0] ?? '';
  for (let cut = ending.length; cut >= 2; cut--) {
    const stem = key.slice(0, key.length - cut);
    if (stem.length >= 5 && ENDING_SEQUENCE.test(key.slice(stem.length))) return stem;
  }
  return key;
}

/**
 * A word without the case ending an apostrophe sets off (`TDT'nin` → `TDT`, `Bişkek'teki` →
 * `Bişkek`). Uzbek Latin writes oʻ and gʻ with an apostrophe-like letter inside the word
 * (`Oʻzbekiston`): that is a letter, not an ending.
 */
export function withoutApostropheEnding(word: string): { base: string; hadEnding: boolean } {
  const apostrophe = word.search(/['’ʼ]/u);
  const hadEnding = apostrophe > 0 && !/^[oOgG]$/.test(word[apostrophe - 1]);
  return { base: hadEnding ? word.slice(0, apostrophe) : word, hadEnding };
}
