import { monthNumberOf, YEAR_WORD } from '../../src/lib/languages/month-names.ts';
import { lowerCaseFor, upperCaseFor } from '../../src/lib/text/text.ts';

export interface DatelineFinding {
  place: string | null;
  agency: string | null;
  /** The dateline, or the mention of a known place, the finding was read from. */
  evidence: string | null;
  /** A place read from the lead's first known place rather than a dateline is a guess, for review. */
  guessed: boolean;
}

/** A dateline with the span of its date part, so the date stage can read the date from it. */
export interface LocatedDateline {
  place: string | null;
  agency: string | null;
  evidence: string;
  dateSpan: { start: number; end: number } | null;
}

/**
 * Agencies that may open a dateline on their own (`ТАСС, 11 августа.`), and whose name after a
 * place confirms a dateline even when the place is not written in capitals.
 */
const KNOWN_AGENCIES = [
  'ТАСС',
  'ИТАР-ТАСС',
  'РИА Новости',
  'Интерфакс',
  'INTERFAX.RU',
  'Sputnik',
  'Кабар',
  'Kabar',
  'АКИpress',
  'AKIpress',
  '24.kg',
  'Kazinform',
  'KAZINFORM',
  'ҚазАқпарат',
  'QazAqparat',
  'Казинформ',
  'ЎзА',
  'UzA',
  'ЎзТАГ',
  'Trend',
  'APA',
  'AZƏRTAC',
  'AZERTAC',
  'Report',
  'Anadolu',
  'AA',
  'Татар-информ',
  'TDH',
];

/**
 * Turkic case endings (and a few Russian ones) that may follow a place name, after an apostrophe
 * in Turkish and Azerbaijani: locative, dative, ablative, genitive, accusative and the relative
 * -дагы/-daki forms (Бишкекте, Bişkek'teki, Истанбулда, Ташкентке, Ошто, Москве).
 */
const PLACE_NAME_ENDINGS = [
  // Cyrillic: Kyrgyz, Kazakh, Uzbek, Tatar, Karakalpak
  'да',
  'де',
  'та',
  'те',
  'до',
  'дө',
  'то',
  'тө',
  'дә',
  'тә',
  'га',
  'ге',
  'ка',
  'ке',
  'го',
  'гө',
  'ко',
  'кө',
  'ға',
  'қа',
  'гә',
  'кә',
  'а',
  'е',
  'я',
  'ә',
  'дан',
  'ден',
  'тан',
  'тен',
  'дон',
  'дөн',
  'тон',
  'төн',
  'нан',
  'нен',
  'нән',
  'дын',
  'дин',
  'тын',
  'тин',
  'дун',
  'дүн',
  'тун',
  'түн',
  'нын',
  'нин',
  'нун',
  'нүн',
  'дың',
  'дің',
  'тың',
  'тің',
  'ның',
  'нің',
  'нинг',
  'нең',
  'ды',
  'ди',
  'ты',
  'ти',
  'ду',
  'дү',
  'ту',
  'тү',
  'ны',
  'ни',
  'ну',
  'нү',
  'ні',
  'ді',
  'ті',
  'дагы',
  'даги',
  'деги',
  'тагы',
  'теги',
  'догу',
  'дөгү',
  'тогу',
  'төгү',
  'дағы',
  'дегі',
  'тағы',
  'тегі',
  'дәге',
  'тик',
  'тык',
  'лик',
  'лык',
  'лук',
  'лүк',
  // Russian
  'у',
  'ом',
  'ой',
  'ы',
  'и',
  // Latin: Turkish, Azerbaijani, Uzbek, Turkmen, Kazakh
  'da',
  'de',
  'ta',
  'te',
  'də',
  'tə',
  'a',
  'e',
  'ə',
  'ya',
  'ye',
  'yə',
  'ga',
  'ka',
  'qa',
  'ğa',
  'ge',
  'ke',
  'dan',
  'den',
  'tan',
  'ten',
  'dən',
  'tən',
  'nan',
  'nen',
  'ın',
  'in',
  'un',
  'ün',
  'nın',
  'nin',
  'nun',
  'nün',
  'ning',
  'yň',
  'iň',
  'uň',
  'üň',
  'nyń',
  'niń',
  'dyń',
  'diń',
  'ı',
  'i',
  'u',
  'ü',
  'yı',
  'yi',
  'yu',
  'yü',
  'ni',
  'ny',
  'nı',
  'daki',
  'deki',
  'taki',
  'teki',
  'dakı',
  'dəki',
  'dagi',
  'daky',
  'däki',
  'daǵy',
  'degi',
  'lı',
  'li',
  'lu',
  'lü',
  'lik',
  'lık',
];

/** Datelines open the story, after at most a headline, a ticker and a caption. */
const DATELINE_SEARCH_CHARS = 1500;
/** The lead, where a known place without a dateline is looked for. */
const LEAD_CHARS = 500;

const LETTER = String.raw`[\p{L}\p{M}'’ʼ]`;
const PLACE = String.raw`[\p{Lu}\p{Lo}]${LETTER}*(?:-[\p{Lu}\p{Lo}]${LETTER}*|\s[\p{Lu}]${LETTER}*){0,2}`;
/** One or two words; a dot only inside a word (`INTERFAX.RU`, `24.kg`), since a final dot ends the dateline. */
const AGENCY_WORD = String.raw`[\p{L}\p{M}\d'’-]+(?:\.[\p{L}\p{M}\d]+)*`;
const AGENCY = String.raw`(?=[\p{Lu}\p{Lo}\d])${AGENCY_WORD}(?:\s(?=\p{Lu})${AGENCY_WORD})?`;
const NUMERIC_DATE = String.raw`\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d)`;
/** `19-июл.`, `26 дек`, `5 сентября 2024 года`, `2020 жылдың 13 тамызы`; the month word is checked afterwards. */
const WRITTEN_DATE = String.raw`(?:\d{4}\s*-?\s*(?:\p{L}{1,4}\s+)?(?:${YEAR_WORD})\s*)?\d{1,2}(?:-\p{L}{1,5}\s+|\s*-?\s*)(?<month>\p{L}+)(?:,?\s+\d{4}(?!\d)(?:\s*-?\s*(?:${YEAR_WORD}))?)?`;
const DATE = `(?<date>${NUMERIC_DATE}|${WRITTEN_DATE})`;

/** `Бишкек, 19.05.21. /Кабар/.`, `ТОШКЕНТ, 26 дек – Sputnik.`, `Москва. 30 апреля. INTERFAX.RU -`, `(Әстерхан, 13 май, «Татар-информ»` */
const PLACE_THEN_DATE = new RegExp(String.raw`^\(?(?<place>${PLACE})\s*[,.]\s+${DATE}`, 'du');
const AGENCY_AFTER_DATE = [
  /^\.?,?\s*\/\s*(?<agency>[^/\n]{2,40}?)\s*\//u,
  new RegExp(String.raw`^\.?,?\s*[–—-]\s*(?<agency>${AGENCY})(?=[.,](?:\s|$))`, 'u'),
  /^\.?,\s*«(?<agency>[^»\n]{2,40})»/u,
  new RegExp(String.raw`^\.\s*(?<agency>${AGENCY})\s+[–—-]\s`, 'u'),
];
/** A dateline without an agency (`Анкара, 5 сентября 2024 года.`) ends where its sentence does. */
const DATELINE_END_WITHOUT_AGENCY = /^\s*(?:[.–—-]|$)/u;
/** `ASTANA. Kazinform -`, `НҰР-СҰЛТАН. ҚазАқпарат - 2020 жылдың 13 тамызы -` */
const PLACE_THEN_AGENCY = new RegExp(String.raw`^\(?(?<place>${PLACE})\.\s+(?<agency>${AGENCY})\s+[–—-]\s+(?:${DATE}\s+[–—-])?`, 'du');
/** `Bakü (AA) -`, `Ankara (İHA) –`: the agency in brackets after the place, then a dash. */
const PLACE_THEN_BRACKETED_AGENCY = new RegExp(String.raw`^(?<place>${PLACE})\s*\((?<agency>${AGENCY})\)\s*[–—-]\s`, 'du');
/** `ТАСС, 11 августа.` */
const AGENCY_THEN_DATE = new RegExp(String.raw`^(?<agency>${AGENCY}),\s+${DATE}\.`, 'du');

export function findDateline(text: string, lang: string, knownPlaces: readonly string[] = []): DatelineFinding {
  const dateline = locateDateline(text, lang);
  if (dateline) {
    const place = dateline.place && (canonicalPlace(dateline.place, lang, knownPlaces) ?? titleCase(dateline.place, lang));
    return { place, agency: dateline.agency, evidence: dateline.evidence, guessed: false };
  }
  const mention = firstKnownPlaceInLead(text, knownPlaces);
  return { place: mention?.place ?? null, agency: null, evidence: mention?.evidence ?? null, guessed: mention !== null };
}

/** The first dateline near the top of the text, as written there (place not yet title-cased). */
export function locateDateline(text: string, lang: string): LocatedDateline | null {
  for (const { line, offset } of linesStartingBefore(text, DATELINE_SEARCH_CHARS)) {
    const dateline = datelineOpening(line, lang);
    if (dateline) {
      const dateSpan = dateline.dateSpan && { start: offset + dateline.dateSpan.start, end: offset + dateline.dateSpan.end };
      return { ...dateline, dateSpan };
    }
  }
  return null;
}

function datelineOpening(line: string, lang: string): LocatedDateline | null {
  return placeThenDate(line, lang) ?? placeThenAgency(line, lang) ?? agencyThenDate(line, lang) ?? placeThenBracketedAgency(line);
}

function placeThenBracketedAgency(line: string): LocatedDateline | null {
  const match = PLACE_THEN_BRACKETED_AGENCY.exec(line);
  if (!match?.groups) return null;
  return located(line, match, match[0].length, match.groups.place, match.groups.agency);
}

function placeThenDate(line: string, lang: string): LocatedDateline | null {
  const match = PLACE_THEN_DATE.exec(line);
  if (!match?.groups || !isDate(match.groups, lang)) return null;
  const rest = line.slice(match[0].length);
  for (const pattern of AGENCY_AFTER_DATE) {
    const tail = pattern.exec(rest);
    if (tail?.groups) {
      return located(line, match, match[0].length + tail[0].length, match.groups.place, tail.groups.agency);
    }
  }
  if (hasYear(match.groups.date) && DATELINE_END_WITHOUT_AGENCY.test(rest)) {
    return located(line, match, match[0].length, match.groups.place, null);
  }
  return null;
}

function placeThenAgency(line: string, lang: string): LocatedDateline | null {
  const match = PLACE_THEN_AGENCY.exec(line);
  if (!match?.groups) return null;
  const { place, agency, date } = match.groups;
  const typesetAsDateline = isAllCapitals(place) || isAllCapitals(agency) || isKnownAgency(agency);
  if (!typesetAsDateline || (date && !isDate(match.groups, lang))) return null;
  return located(line, match, match[0].length, place, agency);
}

function agencyThenDate(line: string, lang: string): LocatedDateline | null {
  const match = AGENCY_THEN_DATE.exec(line);
  if (!match?.groups || !isKnownAgency(match.groups.agency) || !isDate(match.groups, lang)) return null;
  return located(line, match, match[0].length, null, match.groups.agency);
}

function located(line: string, match: RegExpExecArray, end: number, place: string | null, agency: string | null): LocatedDateline {
  const dateIndices = match.indices?.groups?.date;
  return {
    place: place ? place.trim() : null,
    agency: agency ? agency.trim().replace(/[.,]+$/u, '') : null,
    evidence: line.slice(match.index, end).trim(),
    dateSpan: dateIndices ? { start: dateIndices[0], end: dateIndices[1] } : null,
  };
}

/** The date part is numeric, or its word names a month. */
function isDate(groups: Record<string, string | undefined>, lang: string): boolean {
  if (!groups.date) return false;
  return groups.month === undefined || monthNumberOf(groups.month, lang) !== null;
}

function hasYear(date: string): boolean {
  return /\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}/u.test(date);
}

function isKnownAgency(name: string): boolean {
  return KNOWN_AGENCIES.some((agency) => agency.toLowerCase() === name.replace(/[.,]+$/u, '').toLowerCase());
}

/** Datelines set the place (or agency) in capitals; a caseless script (Arabic) never counts as capitals. */
function isAllCapitals(word: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

function titleCase(place: string, lang: string): string {
  if (!isAllCapitals(place)) return place;
  return lowerCaseFor(place, lang).replace(/(^|[\s-])(\p{L})/gu, (_, boundary: string, letter: string) => boundary + upperCaseFor(letter, lang));
}

function canonicalPlace(place: string, lang: string, knownPlaces: readonly string[]): string | null {
  const wanted = lowerCaseFor(place, lang);
  return knownPlaces.find((known) => lowerCaseFor(known, lang) === wanted) ?? null;
}

function firstKnownPlaceInLead(text: string, knownPlaces: readonly string[]): { place: string; evidence: string } | null {
  if (knownPlaces.length === 0) return null;
  const { pattern, placeBySpelling } = placeMentionPattern(knownPlaces);
  const match = pattern.exec(text.slice(0, LEAD_CHARS));
  return match?.groups ? { place: placeBySpelling.get(match.groups.name)!, evidence: match[0] } : null;
}

const endingAlternation = [...PLACE_NAME_ENDINGS].sort((a, b) => b.length - a.length).join('|');

const placePatterns = new WeakMap<readonly string[], { pattern: RegExp; placeBySpelling: Map<string, string> }>();

/**
 * One pattern for every known place, compiled once per gazetteer (ingest meets the same one in
 * every file): a name as written, or in capitals, followed by nothing or a case ending (after an
 * optional apostrophe). Longer names come first, so `Чолпон-Ата` wins over a shorter name there.
 */
function placeMentionPattern(knownPlaces: readonly string[]): { pattern: RegExp; placeBySpelling: Map<string, string> } {
  let compiled = placePatterns.get(knownPlaces);
  if (!compiled) {
    const placeBySpelling = new Map<string, string>();
    for (const place of knownPlaces) {
      for (const spelling of [place, place.toUpperCase()]) if (!placeBySpelling.has(spelling)) placeBySpelling.set(spelling, place);
    }
    const spellings = [...placeBySpelling.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
    const pattern = new RegExp(String.raw`(?<![\p{L}\p{M}])(?<name>${spellings})(?:['’ʼ]?(?:${endingAlternation}))?(?![\p{L}\p{M}])`, 'u');
    compiled = { pattern, placeBySpelling };
    placePatterns.set(knownPlaces, compiled);
  }
  return compiled;
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function* linesStartingBefore(text: string, limit: number): Generator<{ line: string; offset: number }> {
  let offset = 0;
  for (const line of text.split('\n')) {
    if (offset >= limit) return;
    const indent = line.length - line.trimStart().length;
    yield { line: line.trimStart(), offset: offset + indent };
    offset += line.length + 1;
  }
}
