import { languageName, uiLanguageFor, uiLanguagesOf, uiTag } from '../../i18n/index.ts';
import type { ScriptCode } from '../text/text.ts';

/**
 * A language section's pages in one of its interfaces. A language written in two alphabets has
 * an edition for each (`/uz/` in Cyrillic, `/uz-Latn/` in Latin) over the same bulletins, whose
 * own pages keep one address (`/uz/<slug>/`) and are shown in the edition of their alphabet.
 */
export interface Edition {
  /** The first segment of its pages' URLs: the section's code for its first interface, the interface's (`uz-Latn`) for another. */
  path: string;
  /** The section's language, whose bulletins it lists. */
  lang: string;
  /** Its interface language (a file of src/i18n/; English for a section without one). */
  uiLang: string;
  /** The BCP 47 tag of its pages: its interface's (`uz-Cyrl`, `uz-Latn`), or the section's language where the interface is English. */
  tag: string;
}

/** Whether an interface is the section's language's own (in one of its alphabets), not the English fallback. */
const isOwnInterface = (lang: string, uiLang: string) => uiLang === lang || uiLang.startsWith(`${lang}-`);

/** The editions of a language section: one per interface it has, its own file's first. */
export function editionsOf(lang: string): Edition[] {
  return uiLanguagesOf(lang).map((uiLang) => ({
    path: uiLang.startsWith(`${lang}-`) ? uiLang : lang,
    lang,
    uiLang,
    tag: isOwnInterface(lang, uiLang) ? uiTag(uiLang) : lang,
  }));
}

/** An edition's name in its own language and alphabet (`Ўзбекча`, `Oʻzbekcha`); a section without an interface by its language's own name. */
export function editionName(edition: Edition): string {
  return languageName(isOwnInterface(edition.lang, edition.uiLang) ? edition.uiLang : edition.lang);
}

/** The edition a bulletin of `lang` written in `script` is shown in: the one in its alphabet, else the section's first. */
export function editionOfBulletin(lang: string, script: ScriptCode): Edition {
  const editions = editionsOf(lang);
  const uiLang = uiLanguageFor(lang, script);
  return editions.find((edition) => edition.uiLang === uiLang) ?? editions[0];
}
