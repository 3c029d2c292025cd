/**
 * A pure per-word lookup (a match key, a month number) remembered by word and language: ingest and
 * indexing ask for the same words again and again. One map per language, so that a lookup builds
 * no key string. Past `limit` entries in all the memory is dropped at once, so a long run never
 * grows without bound.
 */
export function memoByWord<T>(lookUp: (word: string, lang?: string) => T, limit: number): (word: string, lang?: string) => T {
  const memory = new Map<string, Map<string, T>>();
  let size = 0;
  return (word, lang) => {
    const language = lang ?? '';
    let words = memory.get(language);
    // One lookup for a word seen before (nearly every word of a run); `has` only where the value is undefined.
    const known = words?.get(word);
    if (known !== undefined || words?.has(word)) return known as T;
    if (size >= limit) {
      memory.clear();
      size = 0;
      words = undefined;
    }
    if (!words) memory.set(language, (words = new Map()));
    const value = lookUp(word, lang);
    words.set(word, value);
    size++;
    return value;
  };
}
