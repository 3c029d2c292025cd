/**
 * Whether a language code names a real language. The schema accepts any ISO 639 shaped code, so a
 * new language needs no code change; CLDR's language names (in every Node with full ICU) are the
 * list of known codes that catches typos such as "kg" for "ky" being a real code, but "qq" not.
 */
const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** ISO 639 codes that are not a language: undetermined, multiple, uncoded, no linguistic content. */
const NOT_A_LANGUAGE = new Set(['und', 'mul', 'mis', 'zxx']);

export function knownLanguageName(code: string): string | undefined {
  if (NOT_A_LANGUAGE.has(code)) return undefined;
  try {
    return englishNames.of(code);
  } catch {
    return undefined;
  }
}
