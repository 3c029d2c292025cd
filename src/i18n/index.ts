/*
 * UI strings, one JSON file per language in this folder: adding a language's interface means adding
 * its file. A content language without a file yet is shown with the English interface.
 */
import { formatDay, formatMonth as formatIsoMonth, type DatePatterns } from '../lib/dates/date-format.ts';
import { ownLanguageName } from '../lib/languages/language-names.ts';
import { inAlphabet } from '../lib/text/transliterate.ts';
import type { ScriptCode } from '../lib/text/text.ts';
import type en from './en.json';

/** `dates` is optional: only languages whose ICU format is not the one people use have it. */
export type UiStrings = typeof en & { dates?: DatePatterns };
export const FALLBACK_UI_LANGUAGE = 'en';

const files = import.meta.glob<UiStrings>('./*.json', { eager: true, import: 'default' });
const uiByLanguage: Record<string, UiStrings> = Object.fromEntries(
  Object.entries(files).map(([file, strings]) => [file.replace(/^\.\/|\.json$/g, ''), strings]),
);

export const uiLanguages = Object.keys(uiByLanguage).sort();

export function hasUi(lang: string): boolean {
  return lang in uiByLanguage;
}

/**
 * The interface language for pages of a content language, and for a bulletin in `script`: the
 * language's file for that alphabet where it has one (`uz-Latn.json` for Latin Uzbek), else the
 * language's own file (`uz.json`, Cyrillic), else English.
 */
export function uiLanguageFor(lang: string, script?: ScriptCode): string {
  if (script && hasUi(`${lang}-${script}`)) return `${lang}-${script}`;
  return hasUi(lang) ? lang : FALLBACK_UI_LANGUAGE;
}

/** The interfaces of a content language: its own file and one per other alphabet it has a file for (`uz`, `uz-Latn`). */
export function uiLanguagesOf(lang: string): string[] {
  return [uiLanguageFor(lang), ...uiLanguages.filter((candidate) => candidate.startsWith(`${lang}-`))];
}

/** The BCP 47 tag of an interface's own text, for `lang` attributes: its file's `locale` (`uz-Cyrl`, `kk-Latn`, `ky`). */
export function uiTag(uiLang: string): string {
  return ui(uiLang).locale;
}

/** The alphabet an interface is written in, where its tag names one (`uz-Latn` → `Latn`). */
function uiScript(uiLang: string): ScriptCode | undefined {
  return /-(Cyrl|Latn|Arab)\b/.exec(uiTag(uiLang))?.[1] as ScriptCode | undefined;
}

export function ui(lang: string): UiStrings {
  return uiByLanguage[uiLanguageFor(lang)];
}

/** A language's own name for itself: from its UI file, else from ICU, else its code. */
export function languageName(lang: string): string {
  return hasUi(lang) ? uiByLanguage[lang].languageName : ownLanguageName(lang);
}

/**
 * A language's name as readers of `uiLang` write it standing alone (a label, an item of a list):
 * from the UI file's `languageNames`, else from ICU, else the code. In `uiLang`'s own sentences a
 * name often takes another form (`Кыргыз тилиндеги`), so phrases are written whole in the UI files.
 */
export function languageNameIn(uiLang: string, lang: string): string {
  const strings = ui(uiLang);
  const known = (strings.languageNames as Record<string, string>)[lang];
  if (known) return known;
  try {
    const icuName = new Intl.DisplayNames([strings.locale], { type: 'language' }).of(lang);
    // ICU has no Kazakh Latin: its Kazakh names are Cyrillic, written here in the interface's alphabet.
    const script = uiScript(uiLang);
    const name = icuName && script ? inAlphabet(icuName, uiLang.split('-')[0], script) : icuName;
    if (name && name !== lang) return name.charAt(0).toLocaleUpperCase(strings.locale) + name.slice(1);
  } catch {
    // Not a code ICU knows.
  }
  return lang;
}

/**
 * The heading of a language section's bulletins in one of its interfaces (`uiLang`, its first by
 * default). A UI file serves its own language's section (and English the sections without a UI),
 * so each writes the phrase with its own name in the form the phrase needs; English fills in the
 * section's language.
 */
export function allBulletinsHeading(lang: string, uiLang = uiLanguageFor(lang)): string {
  return fill(ui(uiLang).allInLanguage, { language: languageNameIn(uiLang, lang) });
}

/** An alphabet's name as readers of `uiLang` know it (`Кирилл жазуусу`, `Latin alfabesi`), not its ISO code. */
export function scriptName(uiLang: string, script: 'Cyrl' | 'Latn' | 'Arab'): string {
  return ui(uiLang).scriptNames[script];
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

const pluralRulesByLocale = new Map<string, Intl.PluralRules>();

/** Made once per locale: every listing, timeline and section link asks for a count. */
function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRulesByLocale.set(locale, rules);
  }
  return rules;
}

export function formatCount(uiLang: string, count: number): string {
  const forms = ui(uiLang).bulletinCount as Record<string, string>;
  const category = pluralRules(ui(uiLang).locale).select(count);
  return fill(forms[category] ?? forms.other, { count });
}

/** A publication day written the way the UI language writes dates; the day never shifts with time zones. */
export function formatDate(uiLang: string, isoDay: string): string {
  return formatDay(ui(uiLang).locale, isoDay, ui(uiLang).dates);
}

/** A month (`YYYY-MM`) written the way the UI language writes it, for archive headings. */
export function formatMonth(uiLang: string, isoMonth: string): string {
  return formatIsoMonth(ui(uiLang).locale, isoMonth, ui(uiLang).dates);
}

/**
 * The alphabet pages of a language are read in: its interface's (the Uzbek interface is Cyrillic),
 * else the language's usual one (Tatar Cyrillic, Turkmen Latin), as ICU knows it.
 */
export function pageScript(lang: string): 'Cyrl' | 'Latn' {
  const locale = hasUi(lang) ? uiByLanguage[lang].locale : lang;
  try {
    return new Intl.Locale(locale).maximize().script === 'Cyrl' ? 'Cyrl' : 'Latn';
  } catch {
    return 'Latn';
  }
}
