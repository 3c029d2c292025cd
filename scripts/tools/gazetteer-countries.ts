/**
 * npm run gazetteer:countries [-- --content DIR]
 *
 * Writes `<content>/gazetteer/countries.json` from CLDR's territory names (the
 * `cldr-localenames-full` package) in every archive language, plus the forms news uses that CLDR
 * does not list (abbreviations such as РФ, АҚШ, ABD and official long names), which are data per
 * language in `src/lib/languages/<lang>/name-forms.json`. Names a maintainer added by hand are
 * kept, first, so the regenerated file only ever gains names. The output is committed: the build and
 * ingest read one gazetteer, need neither the 35 MB package nor a Node whose ICU matches, and a
 * maintainer sees in a pull request's diff exactly which names a CLDR update brings.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { resolveContentDir, gazetteerFileOf } from '../../src/lib/content/content-layout.ts';
import { loadGazetteer } from '../../src/lib/content/gazetteer-fs.ts';
import type { GazetteerEntity } from '../../src/lib/content/gazetteer-schema.ts';
import { nameFormsOf, NAME_FORM_LANGUAGES } from '../../src/lib/entities/name-forms.ts';
import { slugify } from '../../src/lib/text/match-key.ts';
import { gazetteerText } from '../../src/lib/content/gazetteer-text.ts';

/** Gazetteer language key → CLDR locale. CLDR's `uz` is Uzbek in Latin letters. */
const CLDR_LOCALES: Record<string, string> = {
  ky: 'ky',
  kk: 'kk',
  'uz-Latn': 'uz',
  'uz-Cyrl': 'uz-Cyrl',
  tr: 'tr',
  az: 'az',
  ru: 'ru',
  tk: 'tk',
  tt: 'tt',
  kaa: 'kaa',
  en: 'en',
};

/** Codes CLDR lists among territories that are not countries or territories (EU, UN, the unknown region, pseudo-locales). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);

const require = createRequire(import.meta.url);
const cldrMain = path.join(path.dirname(require.resolve('cldr-localenames-full/package.json')), 'main');

/** A CLDR territory's names in one locale: the standard one first, then its short and variant forms. */
function cldrNames(locale: string): Map<string, string[]> {
  const file = path.join(cldrMain, locale, 'territories.json');
  const territories = JSON.parse(readFileSync(file, 'utf8')).main[locale].localeDisplayNames.territories as Record<string, string>;
  const names = new Map<string, string[]>();
  for (const [key, value] of Object.entries(territories)) {
    const code = key.split('-alt-')[0];
    if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) continue;
    const list = names.get(code) ?? [];
    names.set(code, list);
    // "Myanmar (Burma)", "Конго (Республикасы)": what the brackets hold is no name alone.
    const name = value.replace(/\s*\(.+\)$/, '');
    if (!list.includes(name)) list.push(name);
  }
  return names;
}

function languageKeyOf(lang: string, name: string): string {
  if (lang !== 'uz') return lang;
  return /\p{Script=Cyrillic}/u.test(name) ? 'uz-Cyrl' : 'uz-Latn';
}

export function countriesGazetteer(existing: readonly GazetteerEntity[]): GazetteerEntity[] {
  const perLocale = Object.fromEntries(Object.entries(CLDR_LOCALES).map(([key, locale]) => [key, cldrNames(locale)]));
  const english = perLocale.en;
  const codeOfEnglish = new Map<string, string>();
  for (const [code, names] of english) for (const name of names) codeOfEnglish.set(name, code);

  const byCode = new Map<string, GazetteerEntity>();
  const result: GazetteerEntity[] = [];
  for (const entity of existing) {
    const copy: GazetteerEntity = { ...entity, names: Object.fromEntries(Object.entries(entity.names).map(([key, names]) => [key, [...names]])) };
    const code = entity.code ?? (entity.names.en ?? []).map((name) => codeOfEnglish.get(name)).find(Boolean);
    if (code) {
      copy.code = code;
      byCode.set(code, copy);
    }
    result.push(copy);
  }
  const added: GazetteerEntity[] = [];
  for (const code of [...english.keys()].sort()) {
    if (byCode.has(code)) continue;
    const entity: GazetteerEntity = { id: slugify(english.get(code)![0], 6), code, names: {} };
    byCode.set(code, entity);
    added.push(entity);
  }
  const addName = (entity: GazetteerEntity, key: string, name: string) => {
    const list = (entity.names[key] ??= []);
    if (!list.includes(name)) list.push(name);
  };
  for (const [key, names] of Object.entries(perLocale)) {
    for (const [code, list] of names) {
      const entity = byCode.get(code);
      if (entity) for (const name of list) addName(entity, key, name);
    }
  }
  for (const lang of NAME_FORM_LANGUAGES) {
    for (const [code, list] of Object.entries(nameFormsOf(lang).names)) {
      const entity = byCode.get(code);
      if (!entity) throw new Error(`src/lib/languages/${lang}/name-forms.json: "${code}" is no ISO 3166 code CLDR knows; correct it`);
      for (const name of list) addName(entity, languageKeyOf(lang, name), name);
    }
  }
  added.sort((a, b) => a.id.localeCompare(b.id));
  return [...result, ...added].map(({ id, code, names }) => (code ? { id, code, names } : { id, names }));
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const contentIndex = args.indexOf('--content');
  const contentDir = contentIndex >= 0 ? path.resolve(args[contentIndex + 1]) : resolveContentDir();
  const file = gazetteerFileOf(contentDir, 'country');
  const countries = countriesGazetteer(loadGazetteer(contentDir, 'country'));
  writeFileSync(file, gazetteerText(countries));
  const locales = readdirSync(cldrMain).length;
  console.log(
    `${path.relative(process.cwd(), file)}: ${countries.length} countries and territories, names in ${Object.keys(CLDR_LOCALES).length} languages (CLDR, ${locales} locales available)`,
  );
}
