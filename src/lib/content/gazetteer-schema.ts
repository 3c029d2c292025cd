import { z } from 'zod';

/**
 * The gazetteer maintainers edit under `content/gazetteer/`: one JSON file per kind of entity, each a
 * list of entities with a stable id and their names per language (a key may carry a script,
 * `uz-Latn`). Abbreviations are names too.
 */
export const entityKind = z.enum(['place', 'country', 'organization', 'person']);
export type EntityKind = z.infer<typeof entityKind>;

const languageKey = z.string().regex(/^[a-z]{2,3}(-(Cyrl|Latn|Arab))?$/, 'a language code, optionally with a script: "ky", "uz-Latn"');

export const gazetteerEntity = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case id with dashes, such as "bishkek"'),
  /** ISO 3166-1 alpha-2 code of a country or territory, which ties it to CLDR's names (`npm run gazetteer:countries`). */
  code: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166 code of two capital letters, such as "KG"')
    .optional(),
  names: z.record(languageKey, z.array(z.string().trim().min(1)).min(1)),
});
export type GazetteerEntity = z.infer<typeof gazetteerEntity>;

export const gazetteerFile = z.array(gazetteerEntity);

export interface Gazetteer {
  person: readonly GazetteerEntity[];
  organization: readonly GazetteerEntity[];
  country: readonly GazetteerEntity[];
  place: readonly GazetteerEntity[];
}
