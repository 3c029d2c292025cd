import { describe, expect, it } from 'vitest';
import { alphabetsOf, inAlphabet, languageTag, transliterate, TWO_ALPHABET_LANGUAGES } from './transliterate.ts';

describe('transliterate', () => {
  it('writes Uzbek Cyrillic in the official Latin alphabet: oʻ gʻ with U+02BB, ʼ for ъ, ye and ts by position', () => {
    expect(transliterate('Ўзбекистон', 'uz', 'Cyrl', 'Latn')).toBe('Oʻzbekiston');
    expect(transliterate('Қирғизистон', 'uz', 'Cyrl', 'Latn')).toBe('Qirgʻiziston');
    expect(transliterate('Шавкат Мирзиёев', 'uz', 'Cyrl', 'Latn')).toBe('Shavkat Mirziyoyev');
    expect(transliterate('Европа Иттифоқи', 'uz', 'Cyrl', 'Latn')).toBe('Yevropa Ittifoqi');
    expect(transliterate('маъмурий', 'uz', 'Cyrl', 'Latn')).toBe('maʼmuriy');
    expect(transliterate('Цезарь милиция', 'uz', 'Cyrl', 'Latn')).toBe('Sezar militsiya');
    expect(transliterate('ТДТ ва ШҲТ', 'uz', 'Cyrl', 'Latn')).toBe('TDT va SHHT');
    expect(transliterate('ЎЗБЕКИСТОН', 'uz', 'Cyrl', 'Latn')).toBe('OʻZBEKISTON');
  });

  it('writes Uzbek Latin in Cyrillic, whatever apostrophe was typed for ʻ', () => {
    expect(transliterate('Oʻzbekiston', 'uz', 'Latn', 'Cyrl')).toBe('Ўзбекистон');
    expect(transliterate("Qirg'iziston", 'uz', 'Latn', 'Cyrl')).toBe('Қирғизистон');
    expect(transliterate('O‘zbekiston Respublikasi', 'uz', 'Latn', 'Cyrl')).toBe('Ўзбекистон Республикаси');
    expect(transliterate('Sadir Japarov', 'uz', 'Latn', 'Cyrl')).toBe('Садир Жапаров');
    expect(transliterate('Ergash Shoyev', 'uz', 'Latn', 'Cyrl')).toBe('Эргаш Шоев');
    expect(transliterate("ma'lumot", 'uz', 'Latn', 'Cyrl')).toBe('маълумот');
  });

  it('writes the apostrophes typed in Uzbek Latin as the official letters', () => {
    expect(transliterate("Qirg'iziston, O'zbekiston, ma'lumot", 'uz', 'Latn', 'Latn')).toBe('Qirgʻiziston, Oʻzbekiston, maʼlumot');
    expect(transliterate("'quoted'", 'uz', 'Latn', 'Latn')).toBe("'quotedʼ");
  });

  it('writes Kazakh Cyrillic in the Latin alphabet of 2021, with Turkish capitals (İ for И, I for І)', () => {
    expect(transliterate('Қазақстан Республикасы', 'kk', 'Cyrl', 'Latn')).toBe('Qazaqstan Respublikasy');
    expect(transliterate('үйіне сөйлесіп', 'kk', 'Cyrl', 'Latn')).toBe('üiıne söilesıp');
    expect(transliterate('Іздеу', 'kk', 'Cyrl', 'Latn')).toBe('Izdeu');
    expect(transliterate('Иран', 'kk', 'Cyrl', 'Latn')).toBe('İran');
    expect(transliterate('Шанхай ынтымақтастық ұйымы', 'kk', 'Cyrl', 'Latn')).toBe('Şanhai yntymaqtastyq ūiymy');
    expect(transliterate('ТМД', 'kk', 'Cyrl', 'Latn')).toBe('TMD');
    expect(transliterate('Ғизат Нұрдәулетов', 'kk', 'Cyrl', 'Latn')).toBe('Ğizat Nūrdäuletov');
  });

  it('writes Kazakh Latin of 2021 in Cyrillic, й after a vowel', () => {
    expect(transliterate('Qazaqstan Respublikasy', 'kk', 'Latn', 'Cyrl')).toBe('Қазақстан Республикасы');
    expect(transliterate('üiıne söilesıp', 'kk', 'Latn', 'Cyrl')).toBe('үйіне сөйлесіп');
    expect(transliterate('İran, Izdeu', 'kk', 'Latn', 'Cyrl')).toBe('Иран, Іздеу');
  });

  it('leaves text as written where a language has no table, or none for that direction', () => {
    expect(transliterate('Кыргызстан', 'ky', 'Cyrl', 'Latn')).toBe('Кыргызстан');
    expect(transliterate('Қазақстан', 'kk', 'Cyrl', 'Arab')).toBe('Қазақстан');
    expect(inAlphabet('Toshkent', 'uz', 'Latn')).toBe('Toshkent');
    expect(inAlphabet('Тошкент', 'uz', 'Latn')).toBe('Toshkent');
    expect(inAlphabet('Toshkent', 'uz', 'Cyrl')).toBe('Тошкент');
  });

  it('knows which languages have two alphabets and tags their text with the script', () => {
    expect(TWO_ALPHABET_LANGUAGES).toEqual(['kk', 'uz']);
    expect(alphabetsOf('uz')).toEqual(['Cyrl', 'Latn']);
    expect(alphabetsOf('ky')).toEqual([]);
    expect(languageTag('uz', 'Latn')).toBe('uz-Latn');
    expect(languageTag('kk', 'Cyrl')).toBe('kk-Cyrl');
    expect(languageTag('kk', 'Arab')).toBe('kk-Arab');
    expect(languageTag('ky', 'Cyrl')).toBe('ky');
    expect(languageTag('uz', undefined)).toBe('uz');
  });
});
