import { describe, expect, it } from 'vitest';
import { transliterate, type Convention } from '../../src/utils/spelling-conventions.ts';
import { matchKey } from '../../src/utils/match-key.ts';

describe('spelling a name in another convention', () => {
  it.each<[string, Convention, Convention, string]>([
    ['Садыр Жапаров', 'ky-Cyrl', 'tr-Latn', 'Sadır Caparov'],
    ['Кубанычбек Өмүралиев', 'ky-Cyrl', 'tr-Latn', 'Kubanıçbek Ömüraliev'],
    ['Садыр Жапаров', 'ky-Cyrl', 'uz-Latn', 'Sadir Japarov'],
    ['Садыр Жапаров', 'ky-Cyrl', 'en-Latn', 'Sadyr Zhaparov'],
    ['Ҳакан Фидан', 'uz-Cyrl', 'tr-Latn', 'Hakan Fidan'],
    ['Тошкент', 'uz-Cyrl', 'uz-Latn', 'Toshkent'],
    ['Қирғизистон', 'uz-Cyrl', 'uz-Latn', 'Qirgʻiziston'],
    ['Ўзбекистон', 'uz-Cyrl', 'uz-Latn', 'Oʻzbekiston'],
    ['Ғизат Нұрдәулетов', 'kk-Cyrl', 'az-Latn', 'Ğizat Nurdəuletov'],
    ['Казакстан', 'ky-Cyrl', 'az-Latn', 'Qazakstan'],
    ['Гизат Бекболотов', 'ky-Cyrl', 'az-Latn', 'Gizat Bekbolotov'],
    ['Ömüraliyev', 'tr-Latn', 'ky-Cyrl', 'Өмүралиев'],
    ['Sadır Caparov', 'tr-Latn', 'ky-Cyrl', 'Садыр Жапаров'],
    ['Recep Tayyip Erdoğan', 'tr-Latn', 'uz-Cyrl', 'Режеп Таййип Ердоған'],
    ["O'zbekiston", 'uz-Latn', 'uz-Cyrl', 'Ўзбекистон'],
    ['Shavkat Mirziyoyev', 'uz-Latn', 'ru-Cyrl', 'Шавкат Мирзиёйев'],
    ['TDT', 'tr-Latn', 'ky-Cyrl', 'ТДТ'],
    ['KIRGIZİSTAN', 'tr-Latn', 'ky-Cyrl', 'КЫРГЫЗИСТАН'],
  ])('%s (%s) → %s: %s', (text, from, to, expected) => {
    expect(transliterate(text, from, to)).toBe(expected);
  });

  it('leaves text in the target alphabet as it is', () => {
    expect(transliterate('Bişkek', 'tr-Latn', 'uz-Latn')).toBe('Bişkek');
  });

  it('writes names that keep their match key across conventions', () => {
    for (const name of ['Садыр Жапаров', 'Бактыбек Бекболотов', 'Кубанычбек Өмүралиев', 'Гизат Нурдаулетов']) {
      for (const to of ['tr-Latn', 'uz-Latn', 'az-Latn'] as const) {
        const words = transliterate(name, 'ky-Cyrl', to).split(' ');
        expect(words.map((word) => matchKey(word, to.split('-')[0])), `${name} → ${to}`).toEqual(name.split(' ').map((word) => matchKey(word, 'ky')));
      }
    }
  });
});
