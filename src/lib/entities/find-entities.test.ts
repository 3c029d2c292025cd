import { describe, expect, it } from 'vitest';
import { compileGazetteer, findEntities } from './find-entities.ts';
import type { Gazetteer } from '../content/gazetteer-schema.ts';

const gazetteer: Gazetteer = {
  person: [
    { id: 'sadyr-japarov', names: { ky: ['Садыр Жапаров'], tr: ['Sadır Caparov'] } },
    { id: 'baktybek-bekbolotov', names: { ky: ['Бактыбек Бекболотов'] } },
    { id: 'akylbek-japarov', names: { ky: ['Акылбек Жапаров'] } },
    { id: 'vladimir-putin', names: { ru: ['Владимир Путин'], tk: ['Wladimir Putin'] } },
  ],
  organization: [
    { id: 'ots', names: { ky: ['Түрк мамлекеттер уюму', 'ТМУ'], tr: ['TDT'], 'uz-Cyrl': ['Туркий давлатлар ташкилоти', 'ТДТ'] } },
    { id: 'csto', names: { ky: ['ЖККУ'] } },
  ],
  country: [
    { id: 'turkiye', names: { ky: ['Түркия'], tr: ['Türkiye'] } },
    { id: 'uzbekistan', names: { ky: ['Өзбекстан'] } },
    { id: 'russia', names: { ru: ['Российская Федерация', 'Россия', 'РФ'] } },
    { id: 'kyrgyzstan', names: { ru: ['Киргизия'] } },
    { id: 'united-states', names: { 'uz-Cyrl': ['АҚШ'], ru: ['США'] } },
    { id: 'togo', names: { ru: ['Того'] } },
    { id: 'turkmenistan', names: { tk: ['Türkmenistan'] } },
  ],
  place: [
    { id: 'osh', names: { ky: ['Ош'] } },
    { id: 'bishkek', names: { ky: ['Бишкек'], tr: ['Bişkek'] } },
    { id: 'moscow', names: { ru: ['Москва'] } },
  ],
};
const compiled = compileGazetteer(gazetteer);
const find = (text: string, lang: string) => findEntities(text, lang, compiled);

describe('find entities', () => {
  it.each([
    ['Садыр Жапаровго кайрылды', 'ky', 'sadyr-japarov'],
    ['Бактыбек Бекболотовдун сөзү', 'ky', 'baktybek-bekbolotov'],
    ["Sadır Caparov'un konuşması", 'tr', 'sadyr-japarov'],
    ['Sadir Japarov met them', 'en', 'sadyr-japarov'],
  ])('finds a person under case endings and in other scripts: %s', (text, lang, id) => {
    expect(find(text, lang).people).toEqual([id]);
  });

  it.each([
    ['ТМУнун башкы катчысы', 'ky'],
    ['Түрк мамлекеттер уюмунун жыйыны', 'ky'],
    ["TDT'nin dönem başkanlığı", 'tr'],
    ['ТДТга аъзо давлатлар', 'uz'],
    ['Туркий давлатлар ташкилоти доирасида', 'uz'],
  ])('finds an organization by name or abbreviation: %s', (text, lang) => {
    expect(find(text, lang).organizations).toEqual(['ots']);
  });

  it('finds countries and places with their endings', () => {
    const found = find('Өзбекстандан жана Түркиядан келген коноктор Бишкекте жана Ошто болушту.', 'ky');
    expect(found.countries).toEqual(['uzbekistan', 'turkiye']);
    expect(found.places).toEqual(['bishkek', 'osh']);
  });

  it.each([
    ['Делегация России прибыла', 'russia'],
    ['Переговоры с Россией продолжатся', 'russia'],
    ['Визит в Россию', 'russia'],
    ['Правительство Российской Федерации', 'russia'],
    ['Президент Киргизии заявил', 'kyrgyzstan'],
    ['Из Киргизией граничит', 'kyrgyzstan'],
  ])('finds a Russian country name in its case forms: %s', (text, id) => {
    expect(find(text, 'ru').countries).toEqual([id]);
  });

  it('finds a Russian place name in its case forms and not in unrelated words', () => {
    expect(find('Встреча в Москве, затем из Москвы в Бишкек', 'ru').places).toEqual(['moscow', 'bishkek']);
    expect(find('Москитные сетки и Московский проспект', 'ru').places).toEqual([]);
  });

  it('does not take common words for short names or abbreviations', () => {
    const found = find('Ошондой эле ошол күнү ЖККУ эмес, жкку деп жазылган сөз жана Түрк тилдүү өлкөлөр.', 'ky');
    expect(found.places).toEqual([]);
    expect(found.organizations).toEqual(['csto']);
    expect(found.countries).toEqual([]);
  });

  it('lists capitalised names the gazetteer does not know', () => {
    const found = find('Жыйынга Руслан Казакбаев жана Садыр Жапаров катышты. Ошондой эле Эмомали Рахмон кабыл алды.', 'ky');
    expect(found.people).toEqual(['sadyr-japarov']);
    expect(found.unknownNames).toEqual(['Руслан Казакбаев', 'Эмомали Рахмон']);
  });

  it('finds a person by the surname alone after a full mention, in any case form', () => {
    const found = find('Путин прибыл в Бишкек. Президент России Владимир Путин заявил, что Путину важно.', 'ru');
    expect(found.people).toEqual(['vladimir-putin']);
    expect(found.unknownNames).toEqual([]);
  });

  it.each([
    ['Президент Путин заявил о встрече', 'ru'],
    ['Президент РФ Путин заявил о встрече', 'ru'],
    ['Встречу провёл В. Путин', 'ru'],
    ['Prezident Putiniň çykyşy', 'tk'],
  ])('finds a person by title or initial and surname: %s', (text, lang) => {
    expect(find(text, lang).people).toEqual(['vladimir-putin']);
  });

  it('does not take a surname alone for a person without a full mention, title or initial', () => {
    expect(find('Улица Путина в селе', 'ru').people).toEqual([]);
  });

  it('sends a surname two gazetteer people share to review instead of guessing', () => {
    const bare = find('Президент Жапаров жана министр Жапаров жолугушту.', 'ky');
    expect(bare.people).toEqual([]);
    expect(bare.ambiguous).toEqual(['Жапаров']);
    const named = find('Садыр Жапаров сүйлөдү. Жапаров белгиледи.', 'ky');
    expect(named.people).toEqual(['sadyr-japarov']);
    expect(named.ambiguous).toEqual([]);
    const initial = find('А. Жапаров билдирди.', 'ky');
    expect(initial.people).toEqual(['akylbek-japarov']);
    const both = find('Садыр Жапаров менен Акылбек Жапаров. Жапаров айтты.', 'ky');
    expect(both.people).toEqual(['sadyr-japarov', 'akylbek-japarov']);
    expect(both.ambiguous).toEqual(['Жапаров']);
  });

  it('finds the Turkmen genitive of a country', () => {
    expect(find('Türkmenistanyň Prezidenti çykyş etdi', 'tk').countries).toEqual(['turkmenistan']);
  });

  it('does not take a currency for a mention of its country', () => {
    expect(find('Нархи 100 АҚШ долларига етди', 'uz').countries).toEqual([]);
    expect(find('Курс долларов США вырос, а США заявили', 'ru').countries).toEqual(['united-states']);
    expect(find('Курс долларов США вырос', 'ru').countries).toEqual([]);
  });

  it('does not take a common word capitalised at a sentence start for a country', () => {
    expect(find('Того же мнения придерживается министр.', 'ru').countries).toEqual([]);
    expect(find('Делегация из Того прибыла.', 'ru').countries).toEqual(['togo']);
  });

  it('keeps the forms a name was written in without endings', () => {
    expect(find('Садыр Жапаров жана Садыр Жапаровго', 'ky').variants).toEqual({ 'person:sadyr-japarov': ['Садыр Жапаров'] });
  });
});
