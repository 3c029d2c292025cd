import { describe, expect, it } from 'vitest';
import { evidenceOf, groupStories, leadDaysOf, type StoryInput } from './stories.ts';

const bulletin = (id: string, lang: string, day: string | null, text: string, extra: Partial<StoryInput> = {}): StoryInput => ({
  id,
  lang,
  day,
  text,
  entities: [],
  entityWords: new Set(),
  sameStory: [],
  notSameStory: [],
  ...extra,
});

// Reports of other events, so that what is rare in the archive is told from what every report says.
const others = [
  bulletin('ky/other-1', 'ky', '2026-03-04', 'Бишкекте министр Асанов жаңы мектептин ачылышына катышты. Мектепке 1200 окуучу барат.'),
  bulletin('ky/other-2', 'ky', '2026-03-06', 'Нарын облусунда жол курулушу башталды. Бул тууралуу Транспорт министрлиги билдирди, 40 чакырым жол оңдолот.'),
  bulletin('tr/other-3', 'tr', '2026-03-05', 'Ankara’da Bakan Yılmaz yeni hastanenin açılışını yaptı. Hastane 300 yataklı olacak.'),
  bulletin('ru/other-4', 'ru', '2026-03-05', 'В Москве прошла выставка современного искусства. Её посетили 5000 человек.'),
];

const fireKy1 = bulletin(
  'ky/fire-a',
  'ky',
  '2026-03-05',
  'Ош облусунун Өзгөн районунун Мырза-Арык айылында турак үйдөн өрт чыгып, төрт бала каза болду. Өрттү өчүрүүгө Өзгөчө кырдаалдар министрлигинин эки бөлүмү тартылып, саат 3:50дө өчүрүлгөн.',
);
const fireKy2 = bulletin(
  'ky/fire-b',
  'ky',
  '2026-03-05',
  'Ош облусунун Өзгөн районундагы Мырза-Арык айылында өрт чыгып, төрт бала каза болду. Бул тууралуу Өзгөчө кырдаалдар министрлиги билдирди. Өрт 3:50дө өчүрүлгөн.',
);
const fireTr = bulletin(
  'tr/fire-c',
  'tr',
  '2026-03-06',
  "Kırgızistan'ın Oş bölgesine bağlı Özgön ilçesindeki Mırza-Arık köyünde çıkan yangında dört çocuk hayatını kaybetti. Yangın saat 3:50'de söndürüldü.",
);

describe('groupStories', () => {
  it('groups the same event reported by several agencies of one language, and in another language and alphabet', () => {
    const stories = groupStories([...others, fireKy1, fireKy2, fireTr]);
    expect(stories.map((story) => story.members)).toEqual([['ky/fire-a', 'ky/fire-b', 'tr/fire-c']]);
    expect(stories[0].id).toBe('ky-fire-a');
  });

  it('says why two reports are one story: the names and numbers they share', () => {
    const [story] = groupStories([...others, fireKy1, fireTr]);
    const shared = evidenceOf(story.links, 'ky/fire-a', 'tr/fire-c');
    expect(shared).toEqual(expect.arrayContaining(['Өзгөн', 'Мырза-Арык', '3:50']));
  });

  it('keeps apart reports published more than the window apart', () => {
    const late = { ...fireTr, id: 'tr/fire-late', day: '2026-04-20' };
    expect(groupStories([...others, fireKy1, late])).toEqual([]);
  });

  it('keeps apart two reports on the same people whose leads name different days', () => {
    const callA = bulletin(
      'uz/call-a',
      'uz',
      '2026-02-25',
      '25 февраль куни Ўзбекистон Президенти Шавкат Мирзиёев Россия Президенти Владимир Путин билан телефон орқали мулоқот қилди. Ҳамкорлик масалалари муҳокама қилинди.',
    );
    const callB = bulletin(
      'uz/call-b',
      'uz',
      '2026-02-27',
      '27 февраль куни Ўзбекистон Президенти Шавкат Мирзиёев Россия Президенти Владимир Путин билан телефон орқали мулоқот қилди. Ҳамкорлик масалалари муҳокама қилинди.',
    );
    expect(groupStories([...others, callA, callB])).toEqual([]);
    expect(groupStories([...others, callA, { ...callB, id: 'uz/call-c', text: callA.text }]).map((story) => story.members)).toEqual([
      ['uz/call-a', 'uz/call-c'],
    ]);
  });

  it('does not take a person and a country alone, shared across languages, for one story', () => {
    const entities = ['person:shavkat-mirziyoyev', 'country:uzbekistan'];
    const entityWords = new Set(['wshavk', 'wmirzi', 'wozbek']);
    const health = bulletin(
      'uz/health',
      'uz',
      '2026-02-25',
      'Ўзбекистон Президенти Шавкат Мирзиёев соғлиқни сақлаш соҳасидаги ислоҳотлар бўйича йиғилиш ўтказди.',
      { entities, entityWords },
    );
    const press = bulletin('az/press', 'az', '2026-02-25', 'Özbəkistan prezidenti Şavkat Mirziyoyev jurnalistləri korrupsiyadan yazmağa çağırdı.', {
      entities,
      entityWords,
    });
    expect(groupStories([...others, health, press])).toEqual([]);
  });

  it('takes the editors’ overrides both ways', () => {
    const forced = groupStories([...others, { ...fireKy1, sameStory: ['ru/other-4'] }]);
    expect(forced.map((story) => story.members)).toEqual([['ky/fire-a', 'ru/other-4']]);
    expect(forced[0].links[0]).toMatchObject({ forced: true, score: 1 });
    const forbidden = groupStories([...others, fireKy1, { ...fireKy2, notSameStory: ['ky/fire-a'] }, fireTr]);
    for (const story of forbidden) expect(story.members.includes('ky/fire-a') && story.members.includes('ky/fire-b')).toBe(false);
  });

  it('compares undated reports by the day ingest saw them, and never with reports of no known day', () => {
    const undated = { ...fireKy2, day: null };
    expect(groupStories([...others, fireKy1, undated])).toEqual([]);
  });
});

describe('leadDaysOf', () => {
  it.each([
    ['25 февраль куни Президент', 'uz', '2-25'],
    ['5-мартка караган түнү', 'ky', '3-5'],
    ['Mälim bolşy ýaly, 29-njy iýunda Türkmenistanda', 'tk', '6-29'],
    ['12 сентября в Бишкеке', 'ru', '9-12'],
  ])('reads the day a lead names: %s', (text, lang, day) => {
    expect([...leadDaysOf(text, lang)]).toEqual([day]);
  });

  it('reads no day from numbers that are not followed by a month', () => {
    expect([...leadDaysOf('Өрттө 4 бала каза болду, 12 үй күйдү', 'ky')]).toEqual([]);
  });
});
