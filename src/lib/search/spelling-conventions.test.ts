import { describe, expect, it } from 'vitest';
import { LANGUAGE_SPELLINGS, isEndingSequence, stemsOf, typingKey, typingKeys } from './spelling-conventions.ts';

/** For each language: a printed word and ways its readers type it, each of which must share a key with it. */
const TYPED: Record<string, [string, string[]][]> = {
  ky: [
    ['кеңештеринин', ['кенештеринин', 'keneshterinin', 'kenesterinin'.replace('s', 'sh')]],
    ['өлкөлөрдүн', ['олколордун', 'olkolordun', 'ölkölördün']],
    ['кызматташтык', ['kyzmattashtyk', 'kizmattashtik', 'кызматташтык']],
    ['Жапаров', ['Zhaparov', 'Japarov', 'Caparov', 'жапаров']],
    ['мамлекеттердин', ['mamleketterdin']],
    ['чабуул', ['chabuul', 'çabuul']],
    ['жаңылыктар', ['жанылыктар', 'zhangylyktar', 'janylyktar']],
  ],
  kk: [
    ['қауіпсіздік', ['кауипсиздик', 'kauipsizdik', 'qauipsizdik']],
    ['Нұрдәулетов', ['Нурдаулетов', 'Nurdauletov', 'Nurdäuletov']],
    ['әскери', ['аскери', 'askeri', 'äskeri']],
    ['ғылыми', ['гылыми', 'gylymi', 'ghylymi']],
    ['Үкіметі', ['Укимети', 'ukimeti', 'ükimeti']],
    ['шекарасы', ['shekarasy']],
  ],
  tt: [
    ['хөкүмәте', ['хокумате', 'hokumate', 'khökümäte']],
    ['җитәкчесе', ['житакчесе', 'zhitakchese', 'jitäkchese']],
    ['һөҗүм', ['хожум', 'hozhum', 'höjüm']],
    ['аңлашу', ['анлашу', 'anglashu', 'anlashu']],
  ],
  uz: [
    ['Ўзбекистон', ['Узбекистон', 'Oʻzbekiston', "O'zbekiston", 'Ozbekiston', 'Uzbekiston']],
    ['хавфсизлик', ['xavfsizlik', 'khavfsizlik']],
    ['ҳамкорлик', ['хамкорлик', 'hamkorlik', 'xamkorlik']],
    ['қўшни', ['кушни', 'qoʻshni', 'koshni']],
    ['йиғилиш', ['йигилиш', 'yigʻilish', 'yig‘ilish', 'yigilish']],
    ['Oʻzbekiston', ['Ўзбекистон', 'Узбекистон', 'ozbekiston', "o'zbekiston"]],
    ['xavfsizlik', ['хавфсизлик', 'havfsizlik']],
  ],
  tr: [
    ['işbirliği', ['isbirligi', 'ishbirligi', 'işbirligi', 'ишбирлиги']],
    ['güçlendirilmesi', ['guclendirilmesi', 'güçlendirilmesi', 'guchlendirilmesi']],
    ['Kırgızistan', ['kirgizistan', 'KIRGIZİSTAN', 'Кыргызистан']],
    ['çalışmaları', ['calismalari', 'chalishmalari']],
  ],
  az: [
    ['təhlükəsizlik', ['tehlukesizlik', 'tahlukasizlik', 'tehlükesizlik']],
    ['Azərbaycan', ['Azerbaycan', 'azarbaycan', 'Азербайжан']],
    ['şəxsiyyət', ['sexsiyyet', 'shekhsiyyet', 'şexsiyyet']],
    ['qüvvələri', ['quvveleri', 'kuvveleri']],
  ],
  tk: [
    ['howpsuzlyk', ['howpsuzlik']],
    ['hyzmatdaşlyk', ['hyzmatdaslyk', 'hyzmatdashlyk']],
    ['döwletiň', ['dowletin', 'döwleting']],
    ['ýaragly', ['yaragly']],
  ],
  ru: [
    ['объединённых', ['объединенных', 'obyedinyonnykh'.replace('ye', 'e')]],
    ['Шойгу', ['Shoigu', 'Shoygu', 'Шоигу']],
    ['щит', ['шит', 'shchit']],
    ['сотрудничество', ['sotrudnichestvo']],
  ],
  en: [['cooperation', ['Cooperation', 'COOPERATION']]],
};

describe('how readers type each language', () => {
  it('has a spelling table for each language it tests, and a test for each table', () => {
    expect(Object.keys(TYPED).sort()).toEqual(Object.keys(LANGUAGE_SPELLINGS).sort());
  });

  for (const [lang, words] of Object.entries(TYPED)) {
    it.each(words)(`${lang}: %s is found typed as %j`, (printed, typings) => {
      const keys = typingKeys(printed, lang);
      for (const typed of typings) expect(keys, typed).toContain(typingKey(typed));
    });
  }

  it('types each letter of a table as its readers do', () => {
    for (const { language, typedAs } of Object.values(LANGUAGE_SPELLINGS)) {
      for (const [letter, typings] of Object.entries(typedAs)) {
        const keys = typingKeys(`ба${letter}ка`, language);
        for (const typed of typings) expect(keys, `${language} ${letter} as ${typed}`).toContain(typingKey(`ба${typed}ка`));
      }
    }
  });

  it('keeps different words apart', () => {
    const pairs = [
      ['кеңеш', 'кеңсе'],
      ['ашуу', 'ачуу'],
      ['sosyal', 'şeyl'],
      ['тил', 'тел'],
      ['бар', 'бер'],
      ['kuzey', 'güney'],
      ['Жапаров', 'Чапаров'],
    ];
    for (const [a, b] of pairs) expect(typingKey(a), `${a} / ${b}`).not.toBe(typingKey(b));
  });

  it('reads a doubled letter as one, and a longer run of a letter as it is', () => {
    expect(typingKey('коопсуздук')).toBe(typingKey('kopsuzduk'));
    expect(typingKey('Mammadov')).toBe(typingKey('Мамадов'));
    // A string of one letter typed over and over is no word, not the abbreviation with fewer of it.
    expect(typingKey('oooo')).not.toBe(typingKey('ООО'));
    expect(typingKey('ooo')).toBe(typingKey('ООО'));
    expect(typingKey('щщщщ')).not.toBe(typingKey('щ'));
  });

  it('gives a Turkish word its keys with and without its special letters, and a word with none one key', () => {
    expect(typingKeys('işbirliği', 'tr')).toEqual([typingKey('işbirliği'), typingKey('isbirligi')]);
    expect(typingKeys('birlik', 'tr')).toEqual([typingKey('birlik')]);
  });
});

describe('endings of a typing key', () => {
  it('reads one to three endings in a row', () => {
    for (const ending of ['ga', 'lardin', 'leri', 'nin', 'dagi', 'ov']) expect(isEndingSequence(typingKey(ending)), ending).toBe(true);
    expect(isEndingSequence('kzt')).toBe(false);
  });

  it('gives the stems of an inflected word, longest first, cutting two letters or more and leaving four', () => {
    const stems = stemsOf(typingKey('кеңештерининде'));
    expect(stems[0]).toBe(typingKey('кеңештеринин'));
    expect(stems).toContain(typingKey('кеңештер'));
    expect(stemsOf(typingKey('ТМУга'))).toEqual([]);
  });
});
