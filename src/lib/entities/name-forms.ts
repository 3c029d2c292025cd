import az from '../languages/az/name-forms.json' with { type: 'json' };
import en from '../languages/en/name-forms.json' with { type: 'json' };
import kaa from '../languages/kaa/name-forms.json' with { type: 'json' };
import kk from '../languages/kk/name-forms.json' with { type: 'json' };
import ky from '../languages/ky/name-forms.json' with { type: 'json' };
import ru from '../languages/ru/name-forms.json' with { type: 'json' };
import tk from '../languages/tk/name-forms.json' with { type: 'json' };
import tr from '../languages/tr/name-forms.json' with { type: 'json' };
import tt from '../languages/tt/name-forms.json' with { type: 'json' };
import uz from '../languages/uz/name-forms.json' with { type: 'json' };

/**
 * How a language's news writes names beyond the gazetteer's full forms, one file in each language's folder,
 * `src/lib/languages/<lang>/name-forms.json`:
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
