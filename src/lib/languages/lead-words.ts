/**
 * What a lead says besides who did what, per language, as data for titles derived from the lead:
 * the words for "today" and "yesterday" that open a news lead (`Бүгүн, 12-сентябрда …`), the
 * prepositions a date may take (`On 12 September`, `В 2024 году`), and whether the main verb comes
 * last (the Turkic languages: `… делегация башчыларын кабыл алды`) or after the subject (Russian, English).
 * Words are lower case; a phrase may have several words (`bu gün`).
 */
export interface LeadWords {
  when: readonly string[];
  datePrepositions: readonly string[];
  verbFinal: boolean;
}

const leadWordsByLanguage: Record<string, LeadWords> = {
  ky: { when: ['бүгүн', 'кечээ'], datePrepositions: [], verbFinal: true },
  kk: { when: ['бүгін', 'кеше'], datePrepositions: [], verbFinal: true },
  uz: { when: ['бугун', 'кеча', 'bugun', 'kecha'], datePrepositions: [], verbFinal: true },
  tr: { when: ['bugün', 'dün'], datePrepositions: [], verbFinal: true },
  az: { when: ['bu gün', 'bugün', 'dünən'], datePrepositions: [], verbFinal: true },
  tt: { when: ['бүген', 'кичә'], datePrepositions: [], verbFinal: true },
  tk: { when: ['şu gün', 'bu gün', 'düýn'], datePrepositions: [], verbFinal: true },
  kaa: { when: ['búgin', 'bugun', 'keshe', 'бүгин', 'кеше'], datePrepositions: [], verbFinal: true },
  ru: { when: ['сегодня', 'вчера', 'накануне'], datePrepositions: ['в', 'во'], verbFinal: false },
  en: { when: ['today', 'yesterday', 'earlier today'], datePrepositions: ['on', 'in'], verbFinal: false },
};

const NONE: LeadWords = { when: [], datePrepositions: [], verbFinal: false };

export function leadWordsFor(lang: string | undefined): LeadWords {
  return (lang && leadWordsByLanguage[lang]) || NONE;
}
