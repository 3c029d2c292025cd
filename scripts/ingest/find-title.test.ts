import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { findTitle } from './find-title.ts';
import { describeWithShared, readCorpus } from '../../tests/helpers/shared.ts';
import { NO_NAMES } from '../../src/lib/entities/find-entities.ts';

const lead = 'Бүгүн Бишкекте коопсуздук кеңешинин катчылары жыйынга чогулуп, кызматташтыкты талкуулашты.';
const headline = 'Бишкекте коопсуздук кеңешинин катчылары чогулду';

describe('find title', () => {
  it('takes the first line as the headline when it reads as one, and names its line', () => {
    const found = findTitle('Бишкекте жыйын өттү\nБүгүн Бишкекте жыйын өттү. Ага министрлер катышты.');
    expect(found).toEqual({ title: 'Бишкекте жыйын өттү', source: 'headline', line: 0 });
  });

  it('derives a title from the lead sentence when the text starts with prose', () => {
    const found = findTitle('Toplantı bugün Ankara’da yapıldı. Bakanlar katıldı.\nİkinci paragraf.');
    expect(found.title).toBe('Toplantı bugün Ankara’da yapıldı');
    expect(found.source).toBe('lead');
    expect(found.line).toBeNull();
  });

  it('drops a dateline from a derived title', () => {
    expect(findTitle('Бишкек, 19.05.21. /Кабар/. Министр жыйынга катышты. Дагы.').title).toBe('Министр жыйынга катышты');
    expect(findTitle('ASTANA. Kazinform - Йиғилиш бўлиб ўтди. Бошқа.').title).toBe('Йиғилиш бўлиб ўтди');
  });

  it('cuts a long lead at a word boundary', () => {
    const lead = `${'кызматташтык '.repeat(20).trim()}.`;
    const { title } = findTitle(lead);
    expect(title.length).toBeLessThanOrEqual(91);
    expect(title.endsWith('кызматташтык…')).toBe(true);
  });

  describe('a title derived from a long lead reads as a headline: who did what, not when', () => {
    // Sentences written for these tests, in the shape of news leads.
    it.each([
      [
        'ky',
        'Бүгүн, 3-мартта Кыргыз Республикасынын Тышкы иштер министри Бишкекте өтүп жаткан эл аралык форумдун катышуучуларын кабыл алды.',
        'Кыргыз Республикасынын Тышкы иштер министри Бишкекте форумдун катышуучуларын кабыл алды',
      ],
      [
        'kk',
        'Бүгін, 5 наурызда Қазақстан Республикасының Сыртқы істер министрі Астанада өтіп жатқан Шанхай ынтымақтастық ұйымының кеңесіне қатысушы елдердің елшілерімен кездесті.',
        'Қазақстан Республикасының Сыртқы істер министрі Астанада елдердің елшілерімен кездесті',
      ],
      [
        'tr',
        'Bugün (12 Mart) Azerbaycan Dışişleri Bakanı Bakü’de düzenlenen bölgesel güvenlik konferansına katılan heyet başkanlarını kabul etti.',
        'Azerbaycan Dışişleri Bakanı Bakü’de heyet başkanlarını kabul etti',
      ],
      [
        'tr',
        'Bakanlıktan yapılan açıklamaya göre, görüşme Ankara’daki Dışişleri Bakanlığı binasında kapalı kapılar ardında yapıldı.',
        'Görüşme Ankara’daki Dışişleri Bakanlığı binasında kapalı kapılar ardında yapıldı',
      ],
      [
        'ru',
        'Сегодня, 14 марта, министр обороны Таджикистана провёл в Душанбе переговоры с делегацией, прибывшей на учения стран ОДКБ.',
        'Министр обороны Таджикистана провёл в Душанбе переговоры с делегацией',
      ],
      [
        'en',
        'On 2 April 2025, the defence ministers of the member states met in Astana to agree on a plan for joint exercises next year.',
        'The defence ministers of the member states met in Astana to agree on a plan for joint…',
      ],
    ])('%s: %s', (lang, lead, title) => {
      const found = findTitle(`${lead} Дагы бир сүйлөм.`, lang);
      expect(found.title).toBe(title);
      expect(found.title.length).toBeLessThanOrEqual(90);
      expect(found.source).toBe('lead');
    });

    it('keeps a short lead whole, without its date and today words wherever they stand', () => {
      expect(findTitle('Асан Үсөнов 12-сентябрда Бишкекте коллегалары менен жолугушту. Андан кийин.', 'ky').title).toBe(
        'Асан Үсөнов Бишкекте коллегалары менен жолугушту',
      );
      expect(findTitle('Делегация сегодня прибыла в Бишкек на переговоры. Потом.', 'ru').title).toBe('Делегация прибыла в Бишкек на переговоры');
    });

    it('keeps a month-like name that no number stands beside', () => {
      expect(findTitle('Марат Бишкекте жыйынга катышып, сөз сүйлөдү. Андан кийин.', 'ky').title).toBe('Марат Бишкекте жыйынга катышып, сөз сүйлөдү');
    });
  });

  it.each([
    ['a time stamp with a section name', `Саясат | 19:05 / 20.01.2024\n1 мүнөт окулат\n\n${headline}\n\n${lead}`],
    ['a section name in capitals', `КООПСУЗДУК\n\n${headline}\n\n${lead}`],
    ['a currency ticker and a close button', `$489.06 €536.21 ₽5.05\n×\n\n${headline}\n\n${lead}`],
    ['a menu of short lines', `Кошумча функциялар\n-\nТүнкү көрүнүш\n${headline}\n${lead}`],
    ['interface text in another script', `World News in Kyrgyz\n\n${headline}\n\n${lead}`],
    ['a masthead in running lines', `«Кабар» агенттигинин башкы редактору\nАсан Үсөнов\n${headline}\n${lead}`],
    ['a photo caption between headline and lead', `Тандалгандар\n\n${headline}\n\nКеңештин катчылары\n\n${lead}`],
    ['a standfirst attached to the lead', `Monday, April 06, 2009\n\n${headline}\n\nКатчылар ар тараптуу пикир алмашышты жана макулдашты\n${lead}`],
  ])('finds the headline below %s', (_, text) => {
    const found = findTitle(text);
    expect(found).toMatchObject({ title: headline, source: 'headline' });
    expect(text.split('\n')[found.line!]).toBe(headline);
  });

  it('takes the line above a sentence-long standfirst as the headline, not the standfirst', () => {
    const standfirst = 'Bakanlar, bölgedeki ulaştırma projelerini ve sınır güvenliğini görüşmek üzere iki gün sürecek toplantı için başkentte bir araya geldi';
    const found = findTitle(
      `Bakanlar başkentte bir araya geldi\n${standfirst}\n\nToplantı bugün başladı ve yarın sona erecek, bakanlar ortak bildiri yayımlayacak.`,
    );
    expect(found).toMatchObject({ title: 'Bakanlar başkentte bir araya geldi', source: 'headline', line: 0 });
  });

  it('drops a time printed before a headline in a news list', () => {
    expect(findTitle(`20 October 2009\n03:33 - ${headline}\n${lead}`).title).toBe(headline);
  });

  it('keeps a two-part headline whole, and one cut short with an ellipsis', () => {
    expect(findTitle(`Ошто кафе өрттөндү. Видео\n\n${lead}`).title).toBe('Ошто кафе өрттөндү. Видео');
    expect(findTitle(`Театр ижодкорлари драма театрида...\n${lead}`).title).toBe('Театр ижодкорлари драма театрида...');
  });

  it('skips a byline continued after a comma', () => {
    expect(findTitle(`${headline}\nАсан Үсөнов,\nТышкы саясат институтунун директорунун орун басары\n${lead}`).title).toBe(headline);
  });

  it('takes no line of hard-wrapped prose as a headline', () => {
    const wrapped = 'Бишкекте жана Ош шаарында эртең\nжамгыр жаап, аба ырайы салкындайт.\nТоолуу аймактарда кар жаашы мүмкүн.';
    expect(findTitle(wrapped).source).toBe('lead');
    expect(findTitle(`Акыркы жаңылыктар\nменен сиз биргебиз. ${lead}`).source).toBe('lead');
  });

  it('never takes a one-line text as a headline with an empty body', () => {
    expect(findTitle('Жалгыз сап гана бар').source).toBe('lead');
  });
});

/** Measured when these rules were written: every headline of the development corpus (115/115). */
const MIN_TITLE_RATE = 1;

describeWithShared('findTitle on the development corpus', () => {
  it('finds the headline of every titled item, once the page structure has set the furniture apart', () => {
    const titled = readCorpus().filter((item) => item.title);
    const titleOf = (text: string) => {
      const result = analyze(new TextEncoder().encode(text), { knownPlaces: [], names: NO_NAMES });
      return { title: result.ok ? result.analysis.title : `(rejected: ${result.errors.join('; ')})` };
    };
    const misses = titled.map((item) => ({ item, found: titleOf(item.text) })).filter(({ item, found }) => found.title !== item.title);
    const describe = misses.map(({ item, found }) => `${item.id}: "${found.title}", expected "${item.title}"`).join('\n');
    expect(1 - misses.length / titled.length, describe).toBeGreaterThanOrEqual(MIN_TITLE_RATE);
  });
});
