import type { EntityKind, GazetteerEntity } from '../content/gazetteer-schema.ts';

/** URL segments of the entity pages, and the frontmatter list each kind is read from. */
export const ENTITY_SECTIONS = {
  organizations: { kind: 'organization', field: 'organizations' },
  people: { kind: 'person', field: 'people' },
  countries: { kind: 'country', field: 'countries' },
} as const satisfies Record<string, { kind: EntityKind; field: 'organizations' | 'people' | 'countries' }>;
export type EntitySection = keyof typeof ENTITY_SECTIONS;

/** The name to show readers of a language: its own, else English, else the first listed. */
export function entityName(entity: GazetteerEntity, lang: string): string {
  const own = entity.names[lang] ?? entity.names[`${lang}-Cyrl`] ?? entity.names[`${lang}-Latn`] ?? entity.names.en;
  return (own ?? Object.values(entity.names)[0])[0];
}

/** Every name of every entity, in any language. */
export function allNames(entities: readonly GazetteerEntity[]): string[] {
  return entities.flatMap((entity) => Object.values(entity.names).flat());
}

/** Every distinct name, grouped by the script it is written in, for "names in other scripts". */
export function namesByScript(entity: GazetteerEntity): { script: 'Cyrl' | 'Latn' | 'Arab'; names: string[] }[] {
  const groups = { Cyrl: new Set<string>(), Latn: new Set<string>(), Arab: new Set<string>() };
  for (const name of Object.values(entity.names).flat()) {
    const script = /\p{Script=Cyrillic}/u.test(name) ? 'Cyrl' : /\p{Script=Arabic}/u.test(name) ? 'Arab' : 'Latn';
    groups[script].add(name);
  }
  return (['Cyrl', 'Latn', 'Arab'] as const)
    .filter((script) => groups[script].size > 0)
    .map((script) => ({ script, names: [...groups[script]].sort((a, b) => a.localeCompare(b)) }));
}
