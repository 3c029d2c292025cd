import { describe, expect, it } from 'vitest';
import { slugify, toAscii } from '../../src/utils/transliterate.ts';

describe('transliteration for slugs', () => {
  it.each([
    ['Жапаров', 'zhaparov'],
    ['Өмүралиев', 'omuraliev'],
    ['Ҳакан Фидан', 'hakan fidan'],
    ['Қазақстан', 'qazaqstan'],
    ['KIRGIZİSTAN', 'kirgizistan'],
    ['Türk Dövlətləri Təşkilatı', 'turk dovlatlari taskilati'],
  ])('%s → %s', (text, ascii) => {
    expect(toAscii(text)).toBe(ascii);
  });

  it('makes readable, bounded, ASCII slugs', () => {
    expect(slugify('Министр Руслан Казакбаев Душанбеде өткөн ЖККУнун кезектеги жыйынына катышты', 5)).toBe('ministr-ruslan-kazakbaev-dushanbede-otkon');
    expect(slugify('Bişkek\'te "KGAÖ" toplantısı')).toBe('biskekte-kgao-toplantisi');
    expect(slugify('قازاقستان')).toBe('');
  });
});
