import { describe, expect, it } from 'vitest';
import { memoByWord } from './word-memo.ts';

describe('memoByWord', () => {
  it('looks each word up once per language and forgets everything past its limit', () => {
    const asked: string[] = [];
    const upper = memoByWord((word, lang) => {
      asked.push(`${lang}:${word}`);
      return word.toUpperCase();
    }, 2);
    expect([upper('ош', 'ky'), upper('ош', 'ky'), upper('ош', 'ru')]).toEqual(['ОШ', 'ОШ', 'ОШ']);
    expect(asked).toEqual(['ky:ош', 'ru:ош']);
    upper('бишкек', 'ky'); // a third key: the memory is dropped first
    upper('ош', 'ky');
    expect(asked).toEqual(['ky:ош', 'ru:ош', 'ky:бишкек', 'ky:ош']);
  });
});
