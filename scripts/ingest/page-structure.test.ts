import { describe, expect, it } from 'vitest';
import { articleText, dateLines, readPage, removedBlocks } from './page-structure.ts';

const rolesOf = (text: string) =>
  Object.fromEntries(
    readPage(text)
      .filter((line) => line.role !== 'blank')
      .map((line) => [line.text, line.role]),
  );

describe('page structure', () => {
  it('sets a ticker, a category counter and comment widgets apart, and lists them per block', () => {
    const page = [
      '• 86.5',
      '  • 90.34',
      '',
      'Министр жыйынга катышты',
      '',
      'Саясат 0',
      '',
      'Бишкек, 19.05.21. Жыйын өттү.',
      '',
      'Пикир',
      '',
      'Оставить комментарий',
    ].join('\n');
    const lines = readPage(page);
    expect(articleText(lines)).toBe('Министр жыйынга катышты\n\nБишкек, 19.05.21. Жыйын өттү.');
    expect(removedBlocks(lines)).toEqual([
      { role: 'widget', lines: ['• 86.5', '• 90.34'] },
      { role: 'widget', lines: ['Саясат 0'] },
      { role: 'widget', lines: ['Пикир'] },
      { role: 'widget', lines: ['Оставить комментарий'] },
    ]);
  });

  it('takes a related-news heading with its link lines and teaser, and keeps the prose after them', () => {
    const page = [
      'Министр жыйынга катышты.',
      'Тектеш',
      ' Кеңешме Бишкекте өтөт',
      'Катчылар Ош шаарында чогулушат. Алар...',
      'Жыйында бир нече маселе талкууланып, чечимдер кабыл алынды.',
    ].join('\n');
    const lines = readPage(page);
    expect(articleText(lines)).toBe('Министр жыйынга катышты.\nЖыйында бир нече маселе талкууланып, чечимдер кабыл алынды.');
    expect(removedBlocks(lines)).toEqual([{ role: 'related', lines: ['Тектеш', 'Кеңешме Бишкекте өтөт', 'Катчылар Ош шаарында чогулушат. Алар...'] }]);
  });

  it('ends a related-news list at a blank line', () => {
    expect(articleText(readPage('Также по теме\nВстреча министров прошла в Анкаре\n\nПодпись под фото'))).toBe('Подпись под фото');
  });

  it('takes a run of short dated headlines as other news even without a heading', () => {
    const roles = rolesOf('Вазирлар учрашди.\n\nНамангандa янги мактаб қурилди 14.02.2023\nХоразмда сув қувури таъмирланди 12.02.2023');
    expect(roles['Вазирлар учрашди.']).toBe('article');
    expect(roles['Хоразмда сув қувури таъмирланди 12.02.2023']).toBe('related');
  });

  it('takes a short label over a run of dated headlines as their heading', () => {
    const roles = rolesOf('Министрлер жолугушту.\n\nБул тууралуу\nБишкекте мектептер оңдолот 3-март\nОш шаарында жолдор салынат 2-март');
    expect(roles['Бул тууралуу']).toBe('related');
    expect(roles['Ош шаарында жолдор салынат 2-март']).toBe('related');
    expect(roles['Министрлер жолугушту.']).toBe('article');
  });

  it.each([
    ['Yorumlar (3)', 'widget'],
    ['Qidirish', 'navigation'],
    ['Paylaş', 'widget'],
    ['Izoh qoldiring', 'widget'],
    ['Поделиться:', 'widget'],
    ['USD 87.45', 'widget'],
    ['2024', 'widget'],
    ['▲ 0.85%', 'widget'],
    ['Instagram YouTube Telegram', 'widget'],
    ["Twitter'da Paylaş", 'widget'],
    ['Просмотров: 12 007', 'widget'],
    ['3 517 views', 'widget'],
    ['Anasayfa › Ekonomi › Enerji', 'navigation'],
    ['Жаңылыктар / Коом / Билим берүү', 'navigation'],
    ['Главная | Новости | Контакты', 'navigation'],
    ['Дата: 17:28, 28-08-2014.', 'publication'],
    ['Son Güncelleme: 03.03.2023 - 08:12', 'publication'],
    ['Пятница, 7 апреля 2023, 09:40 (GMT+6)', 'publication'],
    ['Фото: пресс-служба МИД', 'caption'],
    ['Министр выступает на форуме (Фото: ТАСС)', 'caption'],
    ['© 2023 Все права защищены.', 'footer'],
    ['Etiketler: enerji, doğalgaz', 'footer'],
    ['Читайте также: Министры обсудили транзит', 'readAlso'],
    ['Следите за нами в Telegram', 'widget'],
    ['Bu haberi arkadaşlarınızla paylaşın', 'widget'],
    ['12-nji mart 2024 ý.', 'publication'],
    ['19:3608.12.2019', 'publication'],
  ])('reads "%s" as %s', (line, role) => {
    expect(rolesOf(`Makale metni burada.\n${line}`)[line]).toBe(role);
  });

  it.each([
    'Жыйынга 8 документке кол коюлду.',
    '1. Маалымат алмашууну күчөтүү;',
    'Пикир алмашуу уланды.',
    'Бишкек, 19.05.21. /Кабар/. Министр жыйынга катышты жана сөз сүйлөдү.',
    'Ош — Бишкек жолу оңдолот',
    'Итоги 2024 года подвели в Ташкенте',
    'Bilgi paylaşımı anlaşması imzalandı',
  ])('keeps article prose such as "%s"', (line) => {
    expect(rolesOf(line)[line]).toBe('article');
  });

  it('reads the date from publication lines, updates last, and from a photo caption right under the headline', () => {
    const lines = readPage(
      'Обновлено: 05.04.2023 12:00\nОпубликовано: 04.04.2023 10:00\nЗаголовок новости здесь\nДепутаты на сессии, 4 апреля 2023 года (Фото: ТАСС)\nТекст новости.',
    );
    lines[2].role = 'headline';
    expect(dateLines(lines, 'ru')).toEqual({
      publication: ['Опубликовано: 04.04.2023 10:00', 'Обновлено: 05.04.2023 12:00'],
      updates: new Set(['Обновлено: 05.04.2023 12:00']),
      topCaptions: ['Депутаты на сессии, 4 апреля 2023 года (Фото: ТАСС)'],
    });
  });

  it.each([
    ['a currency ticker', 'Valyuta kurslari 20/09/2024: USD 12 650,00 EUR 14 105,30'],
    ['the weather beside the date', 'Вторник, 7 мая, 2024 +12°'],
    ['a "today" line', 'Bugun 1 mart, 2026 yil'],
  ])('takes %s for a widget, whose date never counts', (_kind, line) => {
    const lines = readPage(`${line}\nЗаголовок новости здесь\nТекст новости.`);
    expect(lines[0].role).toBe('widget');
    lines[1].role = 'headline';
    expect(dateLines(lines, 'ru').publication).toEqual([]);
  });

  const paragraph =
    'Депутаты обсудили вопросы сотрудничества в области безопасности, борьбы с терроризмом и наркотрафиком, а также подготовки кадров для силовых структур стран.';

  it('reads a publication line that stands after the lead, with the article going on below it', () => {
    const lines = readPage(`Заголовок новости здесь\n${paragraph}\n27.01.2026, 17:00\n${paragraph}`);
    lines[0].role = 'headline';
    expect(dateLines(lines, 'ru').publication).toEqual(['27.01.2026, 17:00']);
  });

  it('leaves a dated line below the last paragraph to other news', () => {
    const lines = readPage(`Заголовок новости здесь\n${paragraph}\n27.01.2026, 17:00`);
    lines[0].role = 'headline';
    expect(dateLines(lines, 'ru').publication).toEqual([]);
  });

  it("prefers the article's own stamp to a masthead's weekday and date above the headline, and reads the masthead where it is the only one", () => {
    const withStamp = readPage(`Сенбі, 20 қыркүйек, 2014 жыл\nЖаңалық тақырыбы осында\n18.09.2014\n${paragraph}`);
    withStamp[1].role = 'headline';
    expect(dateLines(withStamp, 'kk').publication).toEqual(['18.09.2014']);
    const mastheadOnly = readPage(`Сенбі, 20 қыркүйек, 2014 жыл\nЖаңалық тақырыбы осында\n${paragraph}`);
    mastheadOnly[1].role = 'headline';
    expect(dateLines(mastheadOnly, 'kk').publication).toEqual(['Сенбі, 20 қыркүйек, 2014 жыл']);
  });
});
