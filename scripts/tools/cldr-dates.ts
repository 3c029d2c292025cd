/**
 * npm run cldr-dates
 *
 * Writes `src/lib/languages/<code>/cldr-dates.json` for every language folder that CLDR has: its
 * abbreviated month names (format and stand-alone forms, lower case, without the full stop) and
 * its weekday names (long and short), in each alphabet CLDR writes the language in (`uz` and
 * `uz-Cyrl`, `kk` and `kk-Arab`). Read from Intl, whose ICU data is CLDR (Node 24: CLDR 48, the
 * release the `cldr-dates-full` package also packages), so ingest reads CLDR's forms as data
 * instead of formatting a dozen locales in every thread. Run it again after a Node upgrade.
 */
import { writeFileSync } from 'node:fs';
import { LANGUAGES } from '../../src/lib/languages/index.ts';
import { lowerCaseFor } from '../../src/lib/text/text.ts';

/** Other alphabets CLDR has for a language of the archive. */
const SCRIPT_VARIANTS: Record<string, string[]> = { uz: ['uz-Cyrl'], kk: ['kk-Arab'] };

function hasCldrData(code: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf(code).length > 0 && new Intl.DateTimeFormat(code).resolvedOptions().locale.split('-')[0] === code.split('-')[0];
}

const noFullStop = (form: string, code: string) => lowerCaseFor(form, code).replace(/\.$/u, '');

for (const lang of LANGUAGES.keys()) {
  const locales = [lang, ...(SCRIPT_VARIANTS[lang] ?? [])].filter(hasCldrData);
  if (!locales.length) {
    console.log(`${lang}: not in CLDR`);
    continue;
  }
  const months: string[][] = Array.from({ length: 12 }, () => []);
  const weekdays = new Set<string>();
  for (const code of locales) {
    const standAlone = new Intl.DateTimeFormat(code, { month: 'short', timeZone: 'UTC' });
    const inDate = new Intl.DateTimeFormat(code, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    for (let month = 0; month < 12; month++) {
      const day = new Date(Date.UTC(2024, month, 15));
      for (const form of [
        standAlone.format(day),
        ...inDate
          .formatToParts(day)
          .filter((part) => part.type === 'month')
          .map((part) => part.value),
      ]) {
        const word = noFullStop(form, code);
        if (/^\p{L}{3,}$/u.test(word) && !months[month].includes(word)) months[month].push(word);
      }
    }
    for (const weekday of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(code, { weekday, timeZone: 'UTC' });
      for (let day = 1; day <= 7; day++) {
        const name = noFullStop(format.format(new Date(Date.UTC(2024, 0, day))), code);
        if (name.length >= 3) weekdays.add(name);
      }
    }
  }
  const data = {
    _about: `CLDR ${process.versions.cldr} (through Intl) for ${locales.join(', ')}: abbreviated month names and weekday names, lower case. Written by npm run cldr-dates; read by src/lib/languages/month-names.ts.`,
    monthAbbreviations: months,
    weekdays: [...weekdays],
  };
  const text = JSON.stringify(data, null, 2).replace(/\[\n\s+("[^\]]*?)\n\s+\]/gsu, (_, inner: string) => `[${inner.replace(/\n\s+/gu, ' ')}]`);
  writeFileSync(new URL(`../../src/lib/languages/${lang}/cldr-dates.json`, import.meta.url), `${text}\n`);
  console.log(`${lang}: ${locales.join(', ')}`);
}
