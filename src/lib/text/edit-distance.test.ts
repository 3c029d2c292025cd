import { describe, expect, it } from 'vitest';
import { closestWord, editDistance } from './edit-distance.ts';

describe('editDistance', () => {
  it('counts inserted, deleted, replaced and swapped letters', () => {
    expect(editDistance('organizations', 'organizations')).toBe(0);
    expect(editDistance('orgnizations', 'organizations')).toBe(1);
    expect(editDistance('organisations', 'organizations')).toBe(1);
    expect(editDistance('peolpe', 'people')).toBe(1);
    expect(editDistance('', 'date')).toBe(4);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('closestWord', () => {
  const keys = ['title', 'lang', 'date', 'people', 'organizations', 'countries', 'sameStory', 'notSameStory', 'original'];
  it.each([
    ['orgnizations', 'organizations'],
    ['peolpe', 'people'],
    ['Title', 'title'],
    ['same_story', 'sameStory'],
    ['contries', 'countries'],
    ['orginal', 'original'],
  ])('%s is taken for %s', (typed, meant) => {
    expect(closestWord(typed, keys)).toBe(meant);
  });
  it('suggests nothing for a word that is no near miss', () => {
    expect(closestWord('category', keys)).toBeNull();
    expect(closestWord('tags', keys)).toBeNull();
  });
});
