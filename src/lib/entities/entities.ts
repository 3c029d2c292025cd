import type { EntityKind, GazetteerEntity } from '../content/gazetteer-schema.ts';
import { alphabetsOf, inAlphabet, scriptOfName, spellIn, transliterate } from '../text/transliterate.ts';

/** URL segments of the entity pages, and the frontmatter list each kind is read from. */
export const ENTITY_SECTIONS = {
  organizations: { kind: 'organization', field: 'organizations' },
  people: { kind: 'person', field: 'people' },
  countries: { kind: 'country', field: 'countries' },
} as const satisfies Record<string, { kind: EntityKind; field: 'organizations' | 'people' | 'countries' }>;
export type EntitySection = keyof typeof ENTITY_SECTIONS;

/** Languages whose names stand in for a language's own, nearest first, per alphabet. */
const SAME_SCRIPT_ORDER: Record<'Cyrl' | 'Latn', string[]> = {
  Cyrl: ['ky', 'kk', 'uz-Cyrl', 'tt', 'kaa', 'ru'],
  Latn: ['tr', 'az', 'uz-Latn', 'tk', 'en'],
};

/**
 * The name to show readers of a language in their alphabet (`script`, the page's): the language's
 * own name in it (keyed `uz-Latn`, or a bare `uz` written in it); else, for a language written in
 * two alphabets, its name in the other one by the language's own table (Қазақстан → Qazaqstan);
 * else another language's name in that alphabet (nearest languages first); else one of its names
 * spelled in that alphabet.
 */
export function entityName(entity: GazetteerEntity, lang: string, script: 'Cyrl' | 'Latn' = 'Latn'): string {
  const inScript = (key: string) => entity.names[key]?.find((name) => scriptOfName(name) === script);
  const own = inScript(`${lang}-${script}`) ?? inScript(lang);
  // Written with the alphabet's own letters where a name was typed with look-alikes (o' for oʻ).
  if (own) return transliterate(own, lang, script, script);
  const alphabets = alphabetsOf(lang);
  if (alphabets.includes(script)) {
    const other = [entity.names[lang], ...alphabets.map((alphabet) => entity.names[`${lang}-${alphabet}`])].find((list) => list?.length)?.[0];
    if (other) return inAlphabet(other, lang, script);
  }
  for (const key of SAME_SCRIPT_ORDER[script]) {
    const other = inScript(key);
    if (other) return other;
  }
  const any = Object.values(entity.names)
    .flat()
    .find((name) => scriptOfName(name) === script);
  if (any) return any;
  const source = (entity.names[lang] ?? entity.names[`${lang}-Cyrl`] ?? entity.names[`${lang}-Latn`] ?? entity.names.en ?? Object.values(entity.names)[0])[0];
  return spellIn(source, script);
}

/** Every name of every entity, in any language. */
export function allNames(entities: readonly GazetteerEntity[]): string[] {
  return entities.flatMap((entity) => Object.values(entity.names).flat());
}

/** Every distinct name, grouped by the script it is written in, for "names in other scripts". */
export function namesByScript(entity: GazetteerEntity): { script: 'Cyrl' | 'Latn' | 'Arab'; names: string[] }[] {
  const groups = { Cyrl: new Set<string>(), Latn: new Set<string>(), Arab: new Set<string>() };
  for (const name of Object.values(entity.names).flat()) {
    groups[scriptOfName(name)].add(name);
  }
  return (['Cyrl', 'Latn', 'Arab'] as const)
    .filter((script) => groups[script].size > 0)
    .map((script) => ({ script, names: [...groups[script]].sort((a, b) => a.localeCompare(b)) }));
}
