import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDateline } from './find-dateline.ts';
import { describeWithShared, readCorpus, sharedPath } from '../../tests/helpers/shared.ts';

interface Case {
  name: string;
  lang: string;
  text: string;
  knownPlaces?: string[];
  place: string | null;
  agency: string | null;
}

const datelines: Case[] = [
  {
    name: 'place with the agency in brackets and a dash',
    lang: 'tr',
    text: 'İzmir (DHA) - Vali, kentteki güvenlik toplantısına başkanlık etti.',
    place: 'İzmir',
    agency: 'DHA',
  },
  {
    name: 'ky place, two-digit-year date, agency in slashes',
    lang: 'ky',
    text: 'Бишкек, 19.05.21. /Кабар/. Бүгүн министр жыйынга катышты.',
    place: 'Бишкек',
    agency: 'Кабар',
  },
  {
    name: 'capitals title-cased, agency after a dash',
    lang: 'uz',
    text: 'ТОШКЕНТ, 26 дек – Sputnik. Бугун ҳарорат пасаяди.',
    place: 'Тошкент',
    agency: 'Sputnik',
  },
  {
    name: 'Latin dateline in a Cyrillic text',
    lang: 'uz',
    text: 'Йиғилиш бўлди\nASTANA. Kazinform - Вазирлар кенгаши йиғилди.',
    place: 'Astana',
    agency: 'Kazinform',
  },
  { name: 'place and date without agency', lang: 'ru', text: 'Анкара, 5 сентября 2024 года. Министры обсудили сотрудничество.', place: 'Анкара', agency: null },
  {
    name: 'place. date. agency -',
    lang: 'ru',
    text: 'Москва. 30 апреля. INTERFAX.RU - Чемпион мира дисквалифицирован.',
    place: 'Москва',
    agency: 'INTERFAX.RU',
  },
  { name: 'two-word agency', lang: 'ru', text: 'БУЭНОС-АЙРЕС, 10 авг – РИА Новости. Президент даст показания.', place: 'Буэнос-Айрес', agency: 'РИА Новости' },
  { name: 'agency opening the dateline', lang: 'ru', text: 'ТАСС, 11 августа. Число эвакуированных достигло тысячи.', place: null, agency: 'ТАСС' },
  {
    name: 'tt dateline in parentheses, agency in guillemets',
    lang: 'tt',
    text: '(Әстерхан, 13 май, «Татар-информ», Айсылу Хафизова). Сабан туе тәмамланды.',
    place: 'Әстерхан',
    agency: 'Татар-информ',
  },
  { name: 'az capitals with Turkish casing', lang: 'az', text: 'BAKI, 21 noyabr - Sputnik. Sabah hava dəyişkən olacaq.', place: 'Bakı', agency: 'Sputnik' },
  {
    name: 'kk hyphenated capital, date after the agency',
    lang: 'kk',
    text: 'НҰР-СҰЛТАН. ҚазАқпарат - 2020 жылдың 13 тамызы - агенттік мерейтойын атады.',
    place: 'Нұр-Сұлтан',
    agency: 'ҚазАқпарат',
  },
  { name: 'kk Latin capitals', lang: 'kk', text: 'ÓSKEMEN. QazAqparat – Oblysta eki aýdan ákimi saılanady.', place: 'Óskemen', agency: 'QazAqparat' },
  { name: 'kk Arabic script, caseless place', lang: 'kk', text: 'استانا. KAZINFORM - ۇكىمەتتە بريفينگ ءوتتى.', place: 'استانا', agency: 'KAZINFORM' },
  {
    name: 'dateline below a headline and a ticker',
    lang: 'ky',
    text: '• 86.5\n• 90.34\n\nМинистр жыйынга катышты\n\nСаясат 0\n\nБишкек, 19.05.21. /Кабар/. Бүгүн жыйын болду.',
    place: 'Бишкек',
    agency: 'Кабар',
  },
  {
    name: 'known spelling preferred for a capitalised place',
    lang: 'kk',
    text: 'АСТАНА. KAZINFORM — Үкімет отырысы өтті.',
    knownPlaces: ['Астана'],
    place: 'Астана',
    agency: 'KAZINFORM',
  },
];

const leadPlaces: Case[] = [
  {
    name: 'ky locative -те',
    lang: 'ky',
    text: 'Бүгүн Бишкекте өтүп жаткан жыйындын катышуучулары кабыл алынды.',
    knownPlaces: ['Бишкек', 'Ош'],
    place: 'Бишкек',
    agency: null,
  },
  {
    name: 'tr apostrophe and -teki',
    lang: 'tr',
    text: "Toplantı başkent Bişkek'teki Kongre Merkezi'nde gerçekleştirildi.",
    knownPlaces: ['Bişkek'],
    place: 'Bişkek',
    agency: null,
  },
  {
    name: 'hyphenated name before шаарында',
    lang: 'ky',
    text: 'Чолпон-Ата шаарында кеңештин биринчи отуруму болуп өттү.',
    knownPlaces: ['Бишкек', 'Чолпон-Ата'],
    place: 'Чолпон-Ата',
    agency: null,
  },
  {
    name: 'uz locative when the caller lists it',
    lang: 'uz',
    text: 'Истанбулда вазирлар кенгашининг йиғилиши бўлиб ўтди.',
    knownPlaces: ['Истанбул'],
    place: 'Истанбул',
    agency: null,
  },
  { name: 'the first mention wins', lang: 'ky', text: 'Ошто жана Бишкекте жыйындар өттү.', knownPlaces: ['Бишкек', 'Ош'], place: 'Ош', agency: null },
  { name: 'ru locative', lang: 'ru', text: 'В Ташкенте прошла встреча министров.', knownPlaces: ['Ташкент'], place: 'Ташкент', agency: null },
];

const noPlace: Case[] = [
  {
    name: 'unlisted place is not invented',
    lang: 'uz',
    text: 'Истанбулда вазирлар кенгашининг йиғилиши бўлиб ўтди.',
    knownPlaces: ['Бишкек'],
    place: null,
    agency: null,
  },
  {
    name: 'an opening word before a date is not a place',
    lang: 'ky',
    text: 'Бүгүн, 10-майда Жогорку Кеңештин жыйынында мыйзам жактырылды.',
    place: null,
    agency: null,
  },
  {
    name: 'a word that merely begins with a place name',
    lang: 'ky',
    text: 'Ошондой эле министр жыйынга катышты.',
    knownPlaces: ['Ош'],
    place: null,
    agency: null,
  },
  { name: 'a capitalised sentence with a dash is not a dateline', lang: 'ky', text: 'Министр. Жыйын - эң маанилүү окуя болду.', place: null, agency: null },
];

describe('findDateline on synthetic texts', () => {
  it.each([...datelines, ...leadPlaces, ...noPlace])('$name', ({ text, lang, knownPlaces, place, agency }) => {
    const finding = findDateline(text, lang, knownPlaces);
    expect({ place: finding.place, agency: finding.agency }).toEqual({ place, agency });
    if (finding.evidence) expect(text).toContain(finding.evidence);
  });
});

describeWithShared('findDateline on the seeds', () => {
  const expected = JSON.parse(readFileSync(sharedPath('fixtures', 'seeds-expected.json'), 'utf8')).bulletins as Record<
    string,
    { lang: string; place: string | null; agency: string | null }
  >;
  /** The caller strips the `date YYYY-MM-DD` header before this stage. */
  const seed = (name: string) => readFileSync(sharedPath('seeds', name), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/u, '');
  const knownPlaces = ['Бишкек', 'Bişkek', 'Чолпон-Ата', 'Истанбул', 'Душанбе', 'Astana'];

  it.each(readdirSync(sharedPath('seeds')).filter((name) => name in expected))('%s', (name) => {
    const { lang, place, agency } = expected[name];
    expect(findDateline(seed(name), lang, knownPlaces)).toMatchObject({ place, agency });
  });

  it('003 gives Чолпон-Ата only when the caller knows it', () => {
    const name = readdirSync(sharedPath('seeds')).find((file) => file.startsWith('003_'))!;
    expect(findDateline(seed(name), 'ky').place).toBeNull();
  });
});

describeWithShared('findDateline on the development corpus', () => {
  it('quotes every dateline from the text and names a place or an agency in it', () => {
    for (const item of readCorpus()) {
      const finding = findDateline(item.text, item.lang);
      if (!finding.evidence) continue;
      expect(item.text, item.id).toContain(finding.evidence);
      expect(finding.place ?? finding.agency, item.id).not.toBeNull();
    }
  });
});
