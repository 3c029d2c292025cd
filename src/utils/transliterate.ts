/**
 * Cyrillic → Latin for URL slugs and match keys. One table covers the Cyrillic alphabets of the
 * archive's languages (ky, kk, uz, tt, ru, kaa), since a letter means the same sound in all of them
 * closely enough for a readable, ASCII-only slug.
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ң: 'ng', ө: 'o', ү: 'u', ә: 'a', і: 'i', ұ: 'u', қ: 'q', ғ: 'gh', һ: 'h', ҳ: 'h', ў: 'o', җ: 'j',
};

/** Latin letters of Turkic alphabets that have no ASCII form of their own. */
const LATIN_TO_ASCII: Record<string, string> = {
  ı: 'i', ş: 's', ğ: 'g', ç: 'c', ö: 'o', ü: 'u', ə: 'a', ä: 'a', ň: 'n', ý: 'y', ž: 'zh', ʻ: '', ʼ: '', '‘': '', '’': '',
};

export function toAscii(text: string): string {
  return [...text.toLocaleLowerCase('tr').normalize('NFC')]
    .map((character) => CYRILLIC_TO_LATIN[character] ?? LATIN_TO_ASCII[character] ?? character)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** A readable, ASCII, lower-case slug of at most `maxWords` words. */
export function slugify(text: string, maxWords = 8): string {
  return toAscii(text)
    .replace(/['"]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}
