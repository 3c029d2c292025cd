/**
 * A name written in one alphabet, spelled in the other, for readers whose alphabet the gazetteer
 * has no form of a name in: a plain, reversible-enough spelling (Жапаров → Zhaparov, Japarov →
 * Жапаров), not any one language's official romanisation. Case is kept letter by letter.
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ң: 'ng', ө: 'ö', ү: 'ü', ә: 'ä', і: 'i', ұ: 'u', қ: 'q', ғ: 'gh', һ: 'h', ҳ: 'h', ў: 'o‘', җ: 'j',
};

const LATIN_TO_CYRILLIC: [string, string][] = [
  ['shch', 'щ'], ['sh', 'ш'], ['ch', 'ч'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['yo', 'ё'], ['yu', 'ю'], ['ya', 'я'],
  ["o'", 'ў'], ['o‘', 'ў'], ['oʻ', 'ў'], ["g'", 'ғ'], ['g‘', 'ғ'], ['gʻ', 'ғ'], ['ng', 'ң'],
  ['a', 'а'], ['b', 'б'], ['c', 'ж'], ['ç', 'ч'], ['d', 'д'], ['e', 'е'], ['ə', 'ә'], ['ä', 'ә'], ['f', 'ф'], ['g', 'г'], ['ğ', 'ғ'],
  ['h', 'х'], ['ı', 'ы'], ['i', 'и'], ['İ', 'и'], ['j', 'ж'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['ň', 'ң'],
  ['o', 'о'], ['ö', 'ө'], ['p', 'п'], ['q', 'қ'], ['r', 'р'], ['s', 'с'], ['ş', 'ш'], ['t', 'т'], ['u', 'у'], ['ü', 'ү'],
  ['v', 'в'], ['w', 'в'], ['x', 'х'], ['y', 'й'], ['ý', 'й'], ['z', 'з'], ['ž', 'ж'],
];

function withCaseOf(source: string, target: string): string {
  if (!target || source === source.toLowerCase()) return target;
  return target.charAt(0).toUpperCase() + (source.length > 1 && source === source.toUpperCase() ? target.slice(1).toUpperCase() : target.slice(1));
}

export function transliterate(name: string, script: 'Cyrl' | 'Latn'): string {
  if (script === 'Latn') {
    return [...name].map((character) => {
      const latin = CYRILLIC_TO_LATIN[character.toLowerCase()];
      return latin === undefined ? character : withCaseOf(character, latin);
    }).join('');
  }
  let result = '';
  for (let index = 0; index < name.length; ) {
    const rest = name.slice(index).toLowerCase();
    const pair = LATIN_TO_CYRILLIC.find(([latin]) => rest.startsWith(latin));
    if (!pair) {
      result += name[index];
      index++;
      continue;
    }
    result += withCaseOf(name.slice(index, index + pair[0].length), pair[1]);
    index += pair[0].length;
  }
  return result;
}

export function scriptOfName(name: string): 'Cyrl' | 'Latn' | 'Arab' {
  return /\p{Script=Cyrillic}/u.test(name) ? 'Cyrl' : /\p{Script=Arabic}/u.test(name) ? 'Arab' : 'Latn';
}
