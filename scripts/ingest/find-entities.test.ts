import { describe, expect, it } from 'vitest';
import { compileGazetteer, findEntities } from './find-entities.ts';
import type { Gazetteer } from '../../src/lib/content/gazetteer-schema.ts';

const gazetteer: Gazetteer = {
  person: [
    { id: 'sadyr-japarov', names: { ky: ['Садыр Жапаров'], tr: ['Sadır Caparov'] } },
    { id: 'baktybek-bekbolotov', names: { ky: ['Бактыбек Бекболотов'] } },
  ],
  organization: [
    { id: 'ots', names: { ky: ['Түрк мамлекеттер уюму', 'ТМУ'], tr: ['TDT'], 'uz-Cyrl': ['Туркий давлатлар ташкилоти', 'ТДТ'] } },
    { id: 'csto', names: { ky: ['ЖККУ'] } },
  ],
  country: [
    { id: 'turkiye', names: { ky: ['Түркия'], tr: ['Türkiye'] } },
    { id: 'uzbekistan', names: { ky: ['Өзбекстан'] } },
    { id: 'russia', names: { ru: ['Российская Федерация', 'Россия'] } },
    { id: 'kyrgyzstan', names: { ru: ['Киргизия'] } },
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
});
