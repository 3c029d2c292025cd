import { describe, expect, it } from 'vitest';
import { corrections, nearEntries, nearKeys, nearLookups, slipBetween, swappedBack, withoutOneEarly } from './slips.ts';
import { typingKey } from './spelling-conventions.ts';

describe('one slip between a typed key and a key of the archive', () => {
  const key = typingKey('кызматташтык');

  it('names the slip: swapped neighbours, a neighbouring key, a missing, an extra or a wrong letter', () => {
    expect(slipBetween(typingKey('кызматтатшык'), key)).toBe('swap');
    // A swap that breaks a double letter reads as an extra one: still one slip.
    expect(slipBetween(typingKey('кызмататштык'), key)).toBe('extra');
    expect(slipBetween(typingKey('ызкматташтык'), key)).toBe(null);
    expect(slipBetween(typingKey('кызмвтташтык'), key)).toBe('neighbour');
    expect(slipBetween(typingKey('кызмтташтык'), key)).toBe('missing');
    expect(slipBetween(typingKey('кызмаотташтык'), key)).toBe('extra');
    expect(slipBetween(typingKey('кызмутташтык'), key)).toBe('wrong');
    expect(slipBetween(key, key)).toBe(null);
    expect(slipBetween(typingKey('кызмататштыг'), key)).toBe(null);
  });

  it('corrects to the keys of the likeliest slip only, and never a short key', () => {
    expect(corrections('kopsuzudk', ['kopsuzduk', 'kopsuzdukka', 'kopsuzdu'])).toEqual(['kopsuzduk']);
    expect(corrections('kopsuzdu', ['kopsuzduk', 'kopsuzdukka'])).toEqual(['kopsuzduk']);
    expect(corrections('asdfg', ['asdfgh'])).toEqual([]);
  });
});

describe('letters swapped as typed', () => {
  it('swaps each pair of neighbouring letters back, also where the key differs by more than one edit', () => {
    expect(swappedBack('kyzmattahstyk')).toContain(typingKey('kyzmattashtyk'));
    expect(swappedBack('коллекциляык')).toContain(typingKey('коллекциялык'));
    expect(swappedBack('kyzmattahstyk')).not.toContain(typingKey('kyzmattahstyk'));
  });

  it('leaves a word of four letters as it is', () => {
    expect(swappedBack('uijn')).toEqual([]);
  });
});

describe('the near index', () => {
  it('finds a key whose slip falls within its chunk’s name, by the deletions a typed key is looked up by', () => {
    const archive = 'kopsuzduk';
    const index = new Map<string, string[]>();
    for (const [deletion, place] of nearEntries(archive, 2)) index.set(deletion, [...(index.get(deletion) ?? []), place]);
    const found = (typed: string) => nearLookups(typed, 2).flatMap((lookup) => nearKeys(lookup, index.get(lookup) ?? []));
    for (const typed of ['okpsuzduk', 'kposuzduk', 'kpsuzduk', 'opsuzduk', 'lopsuzduk', 'kipsuzduk']) expect(found(typed), typed).toContain(archive);
    // An extra letter there: the key is what is left once it is taken out, in its own chunk.
    expect(withoutOneEarly('kyopsuzduk', 2)).toContain(archive);
    expect(withoutOneEarly('xkopsuzduk', 2)).toContain(archive);
  });
});
