import az from '../languages/name-forms/az.json' with { type: 'json' };
import en from '../languages/name-forms/en.json' with { type: 'json' };
import kaa from '../languages/name-forms/kaa.json' with { type: 'json' };
import kk from '../languages/name-forms/kk.json' with { type: 'json' };
import ky from '../languages/name-forms/ky.json' with { type: 'json' };
import ru from '../languages/name-forms/ru.json' with { type: 'json' };
import tk from '../languages/name-forms/tk.json' with { type: 'json' };
import tr from '../languages/name-forms/tr.json' with { type: 'json' };
import tt from '../languages/name-forms/tt.json' with { type: 'json' };
import uz from '../languages/name-forms/uz.json' with { type: 'json' };

/**
 * How a language's news writes names beyond the gazetteer's full forms, one file per language in
 * `src/lib/languages/name-forms/`:
 * - `names`: country abbreviations and official long forms by ISO 3166 code (РФ, АҚШ, ABD,
 *   Кыргыз Республикасы), which `npm run gazetteer:countries` adds to the gazetteer beside CLDR's;
 * - `currencies`: words that make a country name beside them part of a currency's name
 *   ("АҚШ доллари", "долларов США"), not a mention of the country;
 * - `commonWords`: country names that are also common words of the language (Russian "Того",
 *   Turkish "Mali"): capitalised at a sentence's start they prove nothing, so they are not taken there;
 * - `titles`: words that stand before a person's surname ("Президент Жапаров", "Cumhurbaşkanı
 *   Erdoğan"), which let a surname alone name the one gazetteer person who has it;
 * - `commonAbbreviations`: abbreviations of common nouns (СМИ, ЧС, АО, BAҚ), which the names report
 *   does not offer as organizations.
 */
export interface NameForms {
  names: Record<string, string[]>;
  currencies: string[];
  commonWords: string[];
  titles: string[];
  commonAbbreviations: string[];
}

const FORMS: Record<string, NameForms> = { az, en, kaa, kk, ky, ru, tk, tr, tt, uz };

export const NAME_FORM_LANGUAGES = Object.keys(FORMS).sort();

const NONE: NameForms = { names: {}, currencies: [], commonWords: [], titles: [], commonAbbreviations: [] };

/** A language's name forms (`uz-Latn` reads `uz`'s); a language without a file has none. */
export function nameFormsOf(lang: string): NameForms {
  return FORMS[lang.split('-')[0]] ?? NONE;
}
