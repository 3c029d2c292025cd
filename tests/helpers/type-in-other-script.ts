/**
 * How a reader types a name they know in the other alphabet: a Turkish reader writes Kyrgyz
 * Cyrillic with Turkish letters (Жапаров → Caparov), a Kyrgyz reader writes Turkish Latin with
 * Kyrgyz letters (Ömüraliyev → Өмүралийев). Deliberately independent of src/lib/text/match-key.ts,
 * so the search is tested against spellings it did not produce itself.
 */
const CYRILLIC_AS_TURKISH: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'c',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'ü',
  ұ: 'u',
  ў: 'o',
  ф: 'f',
  х: 'h',
  ҳ: 'h',
  ц: 'ts',
  ч: 'ç',
  ш: 'ş',
  щ: 'ş',
  ъ: '',
  ы: 'ı',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'e',
  і: 'i',
};
const LATIN_AS_KYRGYZ: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ж',
  ç: 'ч',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  ğ: 'г',
  h: 'х',
  ı: 'ы',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  ö: 'ө',
  p: 'п',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'у',
  ü: 'ү',
  v: 'в',
  y: 'й',
  z: 'з',
};

function convert(name: string, table: Record<string, string>, lowerLocale: string): string {
  return [...name]
    .map((character) => {
      const lower = character.toLocaleLowerCase(lowerLocale);
      const converted = table[lower] ?? character;
      return character === lower ? converted : converted.charAt(0).toLocaleUpperCase(lowerLocale) + converted.slice(1);
    })
    .join('');
}

export function typeInOtherScript(name: string): string {
  return /\p{Script=Cyrillic}/u.test(name) ? convert(name, CYRILLIC_AS_TURKISH, 'ky') : convert(name, LATIN_AS_KYRGYZ, 'tr');
}
