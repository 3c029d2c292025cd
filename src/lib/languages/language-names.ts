import kaa from './kaa/name.json' with { type: 'json' };

/** Own names of languages ICU has no data for (it names Karakalpak only in English, "Kara-Kalpak"), from their folders. */
const ownNamesBeyondIcu: Record<string, string> = { kaa: kaa.ownName };

const ownNames = new Map<string, string>(Object.entries(ownNamesBeyondIcu));

/**
 * A language's own name for itself: from its folder where ICU lacks the language, else as ICU knows
 * it (`Татарча`… capitalized as the language does), else its code, the honest name: for content
 * languages that have no UI file (src/i18n/) to say it.
 */
export function ownLanguageName(lang: string): string {
  let name = ownNames.get(lang);
  if (name === undefined) {
    name = lang;
    try {
      const known = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
      if (known && known !== lang) name = known.charAt(0).toLocaleUpperCase(lang) + known.slice(1);
    } catch {
      // Not a code ICU knows.
    }
    ownNames.set(lang, name);
  }
  return name;
}
