const ownNames = new Map<string, string>();

/**
 * A language's own name for itself as ICU knows it (`Татарча`… capitalized as the language does),
 * else its code, the honest name: for content languages that have no UI file (src/i18n/) to say it.
 */
export function icuOwnLanguageName(lang: string): string {
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
