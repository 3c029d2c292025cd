import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDate } from './find-date.ts';
import { analyze } from './analyze.ts';
import { articleText, dateLines, readPage } from './page-structure.ts';
import { describeWithShared, readCorpus, sharedPath } from '../../tests/helpers/shared.ts';
import { NO_NAMES } from '../../src/lib/entities/find-entities.ts';

interface Case {
  name: string;
  lang: string;
  text: string;
  date: string | null;
  source?: 'dateline' | 'text';
  evidence?: string;
}

/** Page furniture long enough to push what follows below the top of the page. */
const longBody = 'Жыйында аймактык коопсуздук, соода жана маданият боюнча маселелер талкууланды. '.repeat(10);

const kkBody = 'Астанада Ұжымдық қауіпсіздік туралы шарт ұйымының кеңесі өтті, онда өңірдегі қауіпсіздік мәселелері мен бірлескен жаттығулар талқыланды.';
const uzBody =
  "Toshkent shahrida Shanxay hamkorlik tashkiloti ishtirokida terrorizmga qarshi kurash bo'yicha xalqaro seminar bo'lib o'tdi va tajriba almashildi.";

const dated: Case[] = [
  // Publication lines in the shapes pages print them, read wherever they stand
  {
    name: 'kk year-first publication line',
    lang: 'kk',
    text: `ҰҚШҰ кеңесі Астанада өтті\n2020 ж. 25 сәуір\n${kkBody}`,
    date: '2020-04-25',
    evidence: '2020 ж. 25 сәуір',
  },
  {
    name: 'uz time before the date, after the lead',
    lang: 'uz',
    text: `Toshkentda xalqaro seminar bo'lib o'tdi\n${uzBody}\n18:42 - 21 Dekabr 2024\n${uzBody}`,
    date: '2024-12-21',
  },
  { name: 'kk masthead, the only date', lang: 'kk', text: `Сенбі, 20 қыркүйек, 2014 жыл\nҰҚШҰ кеңесі Астанада өтті\n${kkBody}`, date: '2014-09-20' },
  // Kyrgyz: year-first leads with locative and bare month forms, datelines with two-digit years
  {
    name: 'ky year-first lead, bare month',
    lang: 'ky',
    text: '2024-жылдын 6-сентябрь күнү Чолпон-Ата шаарында кеңешменин отуруму болуп өттү.',
    date: '2024-09-06',
    source: 'text',
    evidence: '2024-жылдын 6-сентябрь',
  },
  {
    name: 'ky locative -инде',
    lang: 'ky',
    text: 'Мектептер ачылды\n2023-жылдын 12-апрелинде шаардын мэри жаңы мектепти салтанаттуу ачты.',
    date: '2023-04-12',
  },
  { name: 'ky locative -да after жылы', lang: 'ky', text: '2025-жылы 12-сентябрда президент делегация башчыларын кабыл алды.', date: '2025-09-12' },
  {
    name: 'ky dateline with two-digit year',
    lang: 'ky',
    text: 'Бишкек, 19.05.21. /Кабар/. Бүгүн, 19-майда министр жыйынга катышты.',
    date: '2021-05-19',
    source: 'dateline',
    evidence: '19.05.21',
  },
  // Kazakh: Cyrillic, Latin and Arabic script
  {
    name: 'kk dateline after the agency',
    lang: 'kk',
    text: 'НҰР-СҰЛТАН. ҚазАқпарат - 2020 жылдың 13 тамызы - агенттік мерейтойын атап өтті.',
    date: '2020-08-13',
    source: 'dateline',
  },
  { name: 'kk locative қыркүйекте', lang: 'kk', text: '2024 жылғы 5 қыркүйекте Астанада үкімет отырысы өтті.', date: '2024-09-05' },
  {
    name: 'kk Latin stamp',
    lang: 'kk',
    text: 'Ákimder saılanady\n14:55, 11 Qyrkúıek 2023\nBúgin óńir ákimdiginde sessııa ótti.',
    date: '2023-09-11',
    evidence: '11 Qyrkúıek 2023',
  },
  { name: 'kk Latin of 2021 (ş, ı)', lang: 'kk', text: 'ASTANA, 3 qaraşa 2025 jyl. Keñes şılde aiynda da ötken.', date: '2025-11-03' },
  { name: 'kk Arabic-script lead', lang: 'kk', text: '2025 جىلى 9 قازان كۇنى استانادا جيىن ءوتتى.', date: '2025-10-09' },
  // Uzbek, Latin and Cyrillic
  { name: 'uz Latin sentabr', lang: 'uz', text: '2023-yil 12-sentabr kuni Toshkentda xalqaro uchrashuv boʻlib oʻtdi.', date: '2023-09-12' },
  { name: 'uz Latin oktyabr', lang: 'uz', text: '2022-yil 3-oktyabr kuni vazirlar yigʻilishi boʻlib oʻtdi.', date: '2022-10-03' },
  {
    name: 'uz Cyrillic stamp above the lead',
    lang: 'uz',
    text: 'Ўзбекистон\n19:05 / 20.01.2024\nВазирлик иккига ажратилди.',
    date: '2024-01-20',
    evidence: '20.01.2024',
  },
  {
    name: 'uz dateline year from the same day elsewhere',
    lang: 'uz',
    text: 'Электр таъминоти\nSputnik Ўзбекистон, 25.01.2022\nТОШКЕНТ, 25 янв — Sputnik. Вазирлик маълумот берди.',
    date: '2022-01-25',
    source: 'dateline',
    evidence: '25.01.2022',
  },
  {
    name: 'a stamp outranks a lead date above it',
    lang: 'ky',
    text: '2024-жылдын 5-сентябрь күнү Бишкекте жыйын болуп өттү.\n06.09.2024 10:00',
    date: '2024-09-06',
    evidence: '06.09.2024',
  },
  {
    name: 'uz dashed stamp',
    lang: 'uz',
    text: 'Янги ўқув йили\nДата: 17:28, 28-08-2014.\nТошкент. 28 август. ЎзТАГ – Болалар мактабга боради.',
    date: '2014-08-28',
  },
  // Turkish
  { name: 'tr lead', lang: 'tr', text: '12 Eylül 2025 tarihinde Ankara’da güvenlik toplantısı yapıldı.', date: '2025-09-12' },
  { name: 'tr apostrophe after the year', lang: 'tr', text: '15 Temmuz 2024’te Bişkek’te zirve başladı ve liderler bir araya geldi.', date: '2024-07-15' },
  // Azerbaijani
  { name: 'az year-first with -cü il', lang: 'az', text: '2024-cü il 12 sentyabr tarixində Bakıda görüş keçirildi.', date: '2024-09-12' },
  { name: 'az dateline with year', lang: 'az', text: 'BAKI, 21 noyabr 2021 - Sputnik. Sabah hava dəyişkən olacaq.', date: '2021-11-21', source: 'dateline' },
  // Russian
  {
    name: 'ru dateline without agency',
    lang: 'ru',
    text: 'Анкара, 5 сентября 2024 года. Министры обсудили сотрудничество.',
    date: '2024-09-05',
    source: 'dateline',
  },
  { name: 'ru lead', lang: 'ru', text: '5 сентября 2024 в Анкаре прошла встреча министров иностранных дел.', date: '2024-09-05' },
  {
    name: 'ru dateline year from the same day in the body',
    lang: 'ru',
    text: 'ИРКУТСК, 10 августа. /ТАСС/. Превышение ПДК зафиксировано.\n"По состоянию на 10.08.2019 года превышение отмечается в шести пробах".',
    date: '2019-08-10',
    source: 'dateline',
  },
  // Tatar, Turkmen, English, Karakalpak
  { name: 'tt locative сентябрендә', lang: 'tt', text: '2024 елның 5 сентябрендә Казанда зур киңәшмә узды.', date: '2024-09-05' },
  { name: 'tk ordinal day, iýunynda', lang: 'tk', text: '2023-nji ýylyň 29-njy iýunynda Aşgabatda uly dabara geçirildi.', date: '2023-06-29' },
  {
    name: 'tk glued time and date',
    lang: 'tk',
    text: 'Türgenler medal gazandylar\n19:3608.12.2019 | 0 | 354\nTürkmen türgenleri ýaryşlara gatnaşdylar.',
    date: '2019-12-08',
  },
  {
    name: 'tk ISO stamp after an empty 00.00.0000 widget',
    lang: 'tk',
    text: '00.00.0000 00:00\nOlimpiýa komiteti\n2022-08-31 07:56:53\nTürgenler sylaglandy.',
    date: '2022-08-31',
  },
  { name: 'en month-first stamp', lang: 'en', text: 'Monday, April 06, 2009\nA festival began near the capital.', date: '2009-04-06' },
  { name: 'en day-first stamp in a Turkic page', lang: 'uz', text: '20 October 2009\n03:33 - Фирибгар қўлга олинди', date: '2009-10-20' },
  { name: 'en slashed month-first', lang: 'en', text: 'Posted 05/19/2021\nThe ministers met in Dushanbe.', date: '2021-05-19' },
  { name: 'kaa year-first lead', lang: 'kaa', text: '2020-жыл 13-декабрь күни Нөкисте мәжилис болып өтти.', date: '2020-12-13' },
];

/** Dates written without a year, completed from the text after them (with a warning to check). */
const inferred: Case[] = [
  {
    name: 'dateline year from the latest full date after it',
    lang: 'ru',
    text: 'Москва. 14 мая. INTERFAX.RU - Спортсмена отстранили. Срок начинается с 7 февраля 2021 года, сообщили в агентстве.',
    date: '2021-05-14',
    source: 'dateline',
    evidence: '14 мая',
  },
  {
    name: 'dateline year from an event named with its year',
    lang: 'tt',
    text: '(Казан, 20 июнь, «Татар-информ»). Казанда Сабан туе-2023 узды. Бәйрәмдә 2010 елгы җиңүчеләр дә булды.',
    date: '2023-06-20',
    source: 'dateline',
  },
  {
    name: 'autumn lead date in the first year of a school year',
    lang: 'uz',
    text: 'Бугун — 2 сентябрь куни мактабларда 2024-2025 ўқув йили бошланди.',
    date: '2024-09-02',
    source: 'text',
  },
  {
    name: 'spring lead date in the second year of a season',
    lang: 'uz',
    text: 'Бугун — 20 май куни 2024-2025 ўқув йили якунланди ва таътил бошланди.',
    date: '2025-05-20',
    source: 'text',
  },
];

const undated: Case[] = [
  { name: 'a "today" widget above the headline', lang: 'uz', text: `Bugun 1 mart, 2026 yil\nToshkentda xalqaro seminar bo'lib o'tdi\n${uzBody}`, date: null },
  { name: 'no year at all', lang: 'ky', text: 'Бүгүн, 12-сентябрда президент делегация башчыларын кабыл алды.', date: null },
  {
    name: 'dateline without year, other date in the body',
    lang: 'ru',
    text: 'Москва. 8 мая. INTERFAX.RU - Футболисты обвиняются в драке 8 октября 2018 года в Москве.',
    date: null,
  },
  {
    name: 'later event in a second sentence',
    lang: 'ky',
    text: 'Бүгүн министр жыйынга катышты. Буга чейин 2010-жылдын 8-апрелиндеги окуялар талкууланган.',
    date: null,
  },
  { name: 'range of days', lang: 'ky', text: '2021-жылдын 28-30-апрелинде Бишкекте форум өтөт деп билдирилди.', date: null },
  { name: 'related-news timestamp lower on the page', lang: 'ky', text: `Министр жыйынга катышты.\n${longBody}\n14:35 / 12.09.2025`, date: null },
  {
    name: 'related headline with its timestamp at the top',
    lang: 'ky',
    text: '12.09.2025 14:35 Бишкекте жаңы мектеп ачылды жана ата-энелер ыраазы болушту\nМинистр жыйынга катышты.',
    date: null,
  },
  { name: 'calendar widget', lang: 'ru', text: 'Пн Вт Ср Чт Пт Сб Вс\n25 26 27 28 29 30 31 Октябрь 2024\nМинистр провёл встречу.', date: null },
  { name: 'only 00.00.0000', lang: 'tk', text: '00.00.0000 00:00\nTürgenler sylaglandy.', date: null },
  { name: 'impossible day', lang: 'uz', text: '10:00 / 31.04.2023\nВазирлик маълумот берди.', date: null },
  {
    name: 'date trailing a photo caption',
    lang: 'ru',
    text: 'Море огня\nВертолет тушит пожар в тайге. 4 августа 2019 года\nПожары продолжаются уже месяц.',
    date: null,
  },
  { name: 'a limit, not the day: until 1 June', lang: 'uz', text: '2022 йил 1 июнгача барча мактабларда форма жорий этилади.', date: null },
  { name: 'undecidable English slashed date', lang: 'en', text: 'Posted 05/06/2021\nThe ministers met.', date: null },
  { name: 'month and year without a day', lang: 'tr', text: 'Eylül 2025\nBakanlar toplandı ve görüştü.', date: null },
  {
    name: 'dateline without year, only years with a year word after it',
    lang: 'ru',
    text: 'Москва. 8 августа. INTERFAX.RU - Строительство планируется завершить в 2030 году, начато в 2020 году.',
    date: null,
  },
  // The archive's range (src/lib/dates/dates.ts): what ingest finds, the content check accepts.
  { name: 'a stamp before 1991, which the archive does not cover', lang: 'ky', text: '12.09.1985 14:35\nМинистр жыйынга катышты.', date: null },
  { name: 'a stamp in the future', lang: 'ky', text: '12.09.2999 14:35\nМинистр жыйынга катышты.', date: null },
  { name: 'a year inferred before 1991', lang: 'uz', text: 'Бугун — 2 сентябрь куни мактабларда 1985-1986 ўқув йили бошланди.', date: null },
  { name: 'a year inferred in the future', lang: 'uz', text: 'Бугун — 2 сентябрь куни мактабларда 2998-2999 ўқув йили бошланди.', date: null },
  {
    name: 'lead without year, a range of years that is no season',
    lang: 'ky',
    text: 'Бүгүн, 12-сентябрда 2022-2026-жылдарга карата стратегия кабыл алынды.',
    date: null,
  },
];

/** As ingest calls it: publication lines set apart by the page structure, the date read from them and the article. */
function dateOf(text: string, lang: string) {
  const lines = readPage(text);
  return findDate(articleText(lines), lang, dateLines(lines, lang));
}

describe('findDate on synthetic texts', () => {
  it.each(dated)('$name', ({ text, lang, date, source, evidence }) => {
    const finding = dateOf(text, lang);
    expect(finding.date).toBe(date);
    if (source) expect(finding.source).toBe(source);
    if (evidence) expect(finding.evidence).toBe(evidence);
    expect(text).toContain(finding.evidence);
  });

  it.each(inferred)('infers the year, with a warning: $name', ({ text, lang, date, source, evidence }) => {
    const finding = dateOf(text, lang);
    expect(finding.date).toBe(date);
    expect(finding.source).toBe(source);
    if (evidence) expect(finding.evidence).toBe(evidence);
    expect(text).toContain(finding.evidence);
    expect(finding.warning).toMatch(
      new RegExp(
        `year ${date!.slice(0, 4)} inferred from '[^']*${date!.slice(0, 4)}[^']*': check it or give the entry its date with \\\`npm run ingest -- --redate <entry> YYYY-MM-DD\\\``,
      ),
    );
  });

  it.each(undated)('gives no date: $name', ({ text, lang }) => {
    const finding = dateOf(text, lang);
    expect(finding).toMatchObject({ date: null, source: null, evidence: null });
    expect(finding.warning).toMatch(/--redate <entry> YYYY-MM-DD/);
  });

  const stampLines = (...publication: string[]) => ({ publication, updates: new Set<string>(), topCaptions: [] });

  it('reads the publication line before the body, not a date of the story', () => {
    const finding = findDate('Вазирлар 1991 йил 8 декабрда имзоланган битимни эслашди.', 'uz', stampLines('10:35 / 10.12.2024'));
    expect(finding).toMatchObject({ date: '2024-12-10', source: 'text', evidence: '10.12.2024' });
  });

  it('gives no date when two publication lines, or a publication line and the dateline, disagree', () => {
    const two = findDate('Министры встретились.', 'ru', stampLines('Добавлено: 06/04/2023 18:13', 'Опубликовано: 15/03/2025 20:54'));
    expect(two.date).toBeNull();
    expect(two.warning).toMatch(/two publication lines give different days.*--redate <entry> YYYY-MM-DD/);
    const dateline = findDate('Москва, 3 марта 2024 года. Министры встретились.', 'ru', stampLines('05.03.2024 10:00'));
    expect(dateline.date).toBeNull();
    expect(dateline.warning).toMatch(/dateline/);
  });

  it('accepts a later "updated" stamp beside the publication line', () => {
    const lines = { publication: ['Опубликовано: 04.04.2023', 'Обновлено: 05.04.2023'], updates: new Set(['Обновлено: 05.04.2023']), topCaptions: [] };
    expect(findDate('Министры встретились.', 'ru', lines).date).toBe('2023-04-04');
  });

  it('says that a file without any year needs its date, and the command that gives it', () => {
    expect(findDate('Бүгүн министр жыйынга катышты.', 'ky').warning).toMatch(/no year in the text.*npm run ingest -- --redate <entry> YYYY-MM-DD/);
  });
});

/**
 * The brief's targets, met when these rules were written (19/20 printed dates right, 0/94 wrong).
 * Read through the whole analysis, since the date comes from the lines the page structure names.
 */
const MIN_RIGHT_RATE_ON_PRINTED = 0.95;
const MAX_WRONG = 1;
const MAX_DATES_FOR_UNDATED = 2;

describeWithShared('the date on the development corpus', () => {
  const corpus = readCorpus();
  const results = corpus.map((item) => {
    const result = analyze(new TextEncoder().encode(item.text), { knownPlaces: [], names: NO_NAMES });
    const analysis = result.ok ? result.analysis : null;
    return { item, finding: { date: analysis?.date ?? null, evidence: analysis?.dateEvidence ?? null, warning: analysis?.warnings.join('; ') } };
  });
  const describeMiss = ({ item, finding }: (typeof results)[number]) =>
    `${item.id}: expected ${item.date}, got ${finding.date} (${finding.evidence ?? finding.warning})`;

  it('finds the date of items whose publication date is printed', () => {
    const scored = results.filter(({ item }) => item.date && item.meta.date_in_text);
    const misses = scored.filter(({ item, finding }) => finding.date !== item.date);
    const rightRate = 1 - misses.length / scored.length;
    expect(rightRate, `right on ${scored.length - misses.length}/${scored.length}; misses:\n${misses.map(describeMiss).join('\n')}`).toBeGreaterThanOrEqual(
      MIN_RIGHT_RATE_ON_PRINTED,
    );
  });

  it('gives at most one wrong date among the dated items', () => {
    const wrong = results.filter(({ item, finding }) => item.date && finding.date && finding.date !== item.date);
    expect(wrong.length, wrong.map(describeMiss).join('\n')).toBeLessThanOrEqual(MAX_WRONG);
  });

  it('prefers no date on undated items', () => {
    const given = results.filter(({ item, finding }) => !item.date && finding.date);
    expect(given.length, given.map(describeMiss).join('\n')).toBeLessThanOrEqual(MAX_DATES_FOR_UNDATED);
  });

  it('always quotes its evidence from the text and explains a missing date', () => {
    for (const { item, finding } of results) {
      if (finding.date) expect(item.text).toContain(finding.evidence);
      else expect(finding.warning, item.id).toMatch(/--redate <entry> YYYY-MM-DD/);
    }
  });
});

describeWithShared('findDate on the seeds', () => {
  const expected = JSON.parse(readFileSync(sharedPath('fixtures', 'seeds-expected.json'), 'utf8')).bulletins as Record<string, { lang: string; date: string }>;
  /** The caller strips the `date YYYY-MM-DD` header before this stage. */
  const seed = (name: string) => readFileSync(sharedPath('seeds', name), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/u, '');
  const seedNamed = (prefix: string) => readdirSync(sharedPath('seeds')).find((name) => name.startsWith(prefix))!;

  it('002: the dateline with a two-digit year, not the later events', () => {
    const name = seedNamed('002_');
    expect(findDate(seed(name), expected[name].lang)).toMatchObject({ date: '2021-05-19', source: 'dateline', evidence: '19.05.21' });
  });

  it('003: the lead date, not the later 2025 mention', () => {
    const name = seedNamed('003_');
    expect(findDate(seed(name), expected[name].lang)).toMatchObject({ date: '2024-09-06', source: 'text' });
  });

  it.each(['000_', '001_', '004_'])('%s: without its header line there is no date, and a warning says so', (prefix) => {
    const name = seedNamed(prefix);
    const finding = findDate(seed(name), expected[name].lang);
    expect(finding.date).toBeNull();
    expect(finding.warning).toMatch(/--redate <entry> YYYY-MM-DD/);
  });
});
