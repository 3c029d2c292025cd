/**
 * A pure per-word lookup (a match key, a month number) remembered by word and language: ingest and
 * indexing ask for the same words again and again. Past `limit` entries the memory is dropped at
 * once, so a long run never grows without bound.
 */
export function memoByWord<T>(lookUp: (word: string, lang?: string) => T, limit: number): (word: string, lang?: string) => T {
  const memory = new Map<string, T>();
  return (word, lang) => {
    const key = `${lang ?? ''}\u0000${word}`;
    if (memory.has(key)) return memory.get(key)!;
    if (memory.size >= limit) memory.clear();
    const value = lookUp(word, lang);
    memory.set(key, value);
    return value;
  };
}
