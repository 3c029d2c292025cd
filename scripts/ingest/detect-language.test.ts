import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';
import { describeWithShared, hasShared, readCorpus, sharedPath } from '../../tests/helpers/shared.ts';

// Short sentences written for these tests (not taken from any corpus), one per language and script.
const SENTENCES = {
  ky: 'Кыргыз Республикасынын Президенти бүгүн Бишкекте өткөн жыйында өлкөнүн коопсуздугу жана чек ара маселелери боюнча сөз сүйлөдү.',
  kk: 'Қазақстан Республикасының Президенті бүгін Астанада өткен жиында елдің қауіпсіздігі мен шекара мәселелері туралы сөз сөйледі.',
  uzCyrl: 'Ўзбекистон Республикаси Президенти бугун Тошкентда бўлиб ўтган йиғилишда мамлакат хавфсизлиги ва чегара масалалари ҳақида гапирди.',
  tt: 'Татарстан Республикасы Рәисе бүген Казанда узган җыелышта илнең иминлеге һәм чик мәсьәләләре турында чыгыш ясады.',
  kaa: 'Қарақалпақстан Республикасы Жоқарғы Кеңеси Баслығы бүгин Нөкисте өткен жыйналыста елимиздиң қәўипсизлиги ҳәм шегара мәселелери ҳаққында сөйледи.',
  ru: 'Президент Кыргызской Республики сегодня выступил на совещании в Бишкеке, посвящённом вопросам безопасности и охраны границы.',
  tr: "Türkiye Cumhurbaşkanı bugün Ankara'da düzenlenen toplantıda ülkenin güvenliği ve sınır meseleleri hakkında konuştu.",
  az: 'Azərbaycan Respublikasının Prezidenti bu gün Bakıda keçirilən iclasda ölkənin təhlükəsizliyi və sərhəd məsələləri barədə çıxış etdi.',
  uzLatn: 'Oʻzbekiston Respublikasi Prezidenti bugun Toshkentda boʻlib oʻtgan yigʻilishda mamlakat xavfsizligi va chegara masalalari haqida gapirdi.',
  tk: 'Türkmenistanyň Prezidenti şu gün Aşgabatda geçirilen mejlisde ýurduň howpsuzlygy we serhet meseleleri barada çykyş etdi.',
  en: 'The President of Kyrgyzstan spoke today at a meeting in Bishkek on national security and the protection of the state border.',
  kkLatn: 'Qazaqstan Respýblıkasynyń Prezıdenti búgin Astanada ótken jıynda eldiń qaýipsizdigi men shekara máseleleri týraly sóz sóıledi.',
  kkArab: 'قازاقستان رەسپۋبليكاسىنىڭ پرەزيدەنتى بۇگىن استانادا وتكەن جيىندا ەلدىڭ قاۋىپسىزدىگى مەن شەكارا ماسەلەلەرى تۋرالى ءسوز سويلەدى.',
};

const RUSSIAN_COMMENT_WIDGET = '\nПикир\nОставить комментарий\nПоделиться\nВсе новости\n';
const KYRGYZ_SITE_MENU = 'Башкы бет\nЖаңылыктар\nСаясат\nКоом\nДүйнө\nМаданият\nКөз караш\nБаардык жаңылыктар\n';
const CURRENCY_TICKER = '• 86.5\n  • 90.34\n  • 0.85\n\n';

/** Swaps some Cyrillic letters for the Latin ones that look the same, as careless typing does. */
function withLatinLookalikes(text: string): string {
  const lookalikes: Record<string, string> = { а: 'a', о: 'o', е: 'e', с: 'c', р: 'p', К: 'K', Р: 'P', і: 'i' };
  return [...text].map((char, index) => (index % 2 === 0 ? (lookalikes[char] ?? char) : char)).join('');
}

describe('detectLanguage on one sentence per language', () => {
  it.each([
    ['ky', 'Cyrl', SENTENCES.ky],
    ['kk', 'Cyrl', SENTENCES.kk],
    ['uz', 'Cyrl', SENTENCES.uzCyrl],
    ['tt', 'Cyrl', SENTENCES.tt],
    ['kaa', 'Cyrl', SENTENCES.kaa],
    ['ru', 'Cyrl', SENTENCES.ru],
    ['tr', 'Latn', SENTENCES.tr],
    ['az', 'Latn', SENTENCES.az],
    ['uz', 'Latn', SENTENCES.uzLatn],
    ['tk', 'Latn', SENTENCES.tk],
    ['en', 'Latn', SENTENCES.en],
    ['kk', 'Latn', SENTENCES.kkLatn],
    ['kk', 'Arab', SENTENCES.kkArab],
  ])('%s in %s', (lang, script, text) => {
    const guess = detectLanguage(text);
    expect(guess, guess.reason).toMatchObject({ lang, script, lowConfidence: false });
    expect(guess.confidence).toBeGreaterThan(0);
    expect(guess.confidence).toBeLessThanOrEqual(1);
  });
});

describe('detectLanguage keeps its decision against page clutter', () => {
  it.each([
    ['a Russian comment widget under a Kyrgyz text', 'ky', 'Cyrl', SENTENCES.ky + RUSSIAN_COMMENT_WIDGET],
    ['a currency ticker above a Kyrgyz text', 'ky', 'Cyrl', CURRENCY_TICKER + SENTENCES.ky],
    ['a Kyrgyz site menu above a Russian text', 'ru', 'Cyrl', KYRGYZ_SITE_MENU + SENTENCES.ru],
    ['Latin look-alikes inside Kyrgyz words', 'ky', 'Cyrl', withLatinLookalikes(SENTENCES.ky)],
    ['Latin i for і inside Kazakh words', 'kk', 'Cyrl', withLatinLookalikes(SENTENCES.kk)],
    ['a Latin dateline before Uzbek Cyrillic', 'uz', 'Cyrl', `ASTANA. Kazinform - ${SENTENCES.uzCyrl}`],
    ['Cyrillic ә typed for ə in Azerbaijani', 'az', 'Latn', SENTENCES.az.replaceAll('ə', 'ә')],
    ['an Azerbaijani name in a Turkish text', 'tr', 'Latn', `Cumhurbaşkanı İlham Əliyev ile görüştü. ${SENTENCES.tr}`],
    ['a Kazakh name in a Kyrgyz text', 'ky', 'Cyrl', `Жыйынга Қасым-Жомарт Тоқаев да катышты. ${SENTENCES.ky}`],
  ])('%s', (_trap, lang, script, text) => {
    const guess = detectLanguage(text);
    expect(guess, guess.reason).toMatchObject({ lang, script });
  });

  it.each([
    ['turned comma ʻ', 'ʻ'],
    ['ASCII apostrophe', "'"],
    ['left quotation mark ‘', '‘'],
    ['right quotation mark ’', '’'],
  ])('reads Uzbek Latin written with the %s', (_name, mark) => {
    const guess = detectLanguage(SENTENCES.uzLatn.replaceAll('ʻ', mark));
    expect(guess, guess.reason).toMatchObject({ lang: 'uz', script: 'Latn' });
  });
});

describe('detectLanguage asks for review when it should', () => {
  it('when there are no letters at all', () => {
    expect(detectLanguage('• 86.5 • 90.34 — 12:45, 19.05.21')).toMatchObject({ lang: 'und', lowConfidence: true });
  });
  it('when the text is a few words', () => {
    expect(detectLanguage('Саясат 0').lowConfidence).toBe(true);
  });
  it('when no orthography of the archive explains the letters', () => {
    const persian = 'رئیس جمهور امروز در نشستی درباره امنیت مرزها و همکاری منطقه‌ای سخنرانی کرد و گفت که این همکاری ادامه خواهد یافت.';
    expect(detectLanguage(persian)).toMatchObject({ script: 'Arab', lowConfidence: true });
  });
  it('and gives its evidence in the reason', () => {
    expect(detectLanguage(SENTENCES.ky).reason).toMatch(/ү.*present.*only ky fits/);
    expect(detectLanguage(SENTENCES.ru).reason).toMatch(/ru\/ky fit; franc: rus/);
  });
});

describeWithShared('detectLanguage on the development corpus', () => {
  it('gets language and script right on at least 99.5% of the texts', () => {
    const corpus = readCorpus();
    const misses = corpus.flatMap((item) => {
      const guess = detectLanguage(item.text);
      const right = guess.lang === item.lang && guess.script === item.script;
      return right ? [] : [`${item.id}: expected ${item.lang}/${item.script}, got ${guess.lang}/${guess.script} (${guess.reason})`];
    });
    const accuracy = 1 - misses.length / corpus.length;
    expect(accuracy, `accuracy ${accuracy.toFixed(4)}; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.995);
  });
});

describeWithShared('detectLanguage on the seed bulletins', () => {
  // Collected even when skipped, so it must not read what is absent.
  const expected: Record<string, { lang: string; script: string }> = hasShared
    ? JSON.parse(readFileSync(sharedPath('fixtures', 'seeds-expected.json'), 'utf8')).bulletins
    : {};

  it.each(Object.entries(expected))('%s', (file, { lang, script }) => {
    const guess = detectLanguage(readFileSync(sharedPath('seeds', file), 'utf8'));
    expect(guess, guess.reason).toMatchObject({ lang, script, lowConfidence: false });
  });
});
