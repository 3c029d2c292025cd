import { describe, expect, it } from 'vitest';
import { CHUNK_LIMIT, createLexicon, formsOf, lexiconLayout, MAX_FORMS, mergeLexiconFiles, nameForms, nearestSpellings, type LexiconChunk } from './lexicon.ts';
import { typingKey } from './spelling-conventions.ts';
import { searchWords } from './terms.ts';
import { shardMask } from './shards.ts';

const TEXTS = [
  { lang: 'ky', text: 'Коопсуздук кеңештеринин катчылары Бишкекте жолугушту. Өлкөлөрдүн кызматташтыгы талкууланды.' },
  { lang: 'kk', text: 'Қауіпсіздік кеңесінің хатшысы Ғизат Нұрдәулетов сөз сөйледі.' },
  { lang: 'tr', text: "Güvenlik işbirliği TDT'nin gündemindeydi; Yerlikaya Bişkek'teki toplantıya katıldı." },
  { lang: 'ru', text: 'Министр Ерликая встретился с коллегами. Отряд «Татнефть-поиск» и 12-сентябрь.' },
];

const lexicon = createLexicon();
for (const { lang, text } of TEXTS) lexicon.add(searchWords(text), lang);
const chunks = lexicon.chunks();
/** The keys of the chunks the search page reads for a typed word (search.ts). */
function keysFor(chunks: Map<string, LexiconChunk>, typed: string): LexiconChunk {
  const layout = lexiconLayout([...chunks.keys()].filter((name) => name.length > 2));
  const read = (names: string[]) => mergeLexiconFiles(names.map((name) => ({ keys: chunks.get(name) ?? {}, shards: {}, names: [] }))).keys;
  const key = typingKey(typed);
  const own = read(layout.chunksFor(key));
  const more = layout.chunksFor(key, own);
  return more.length ? read(more) : own;
}
const chunkFor = (typed: string) => keysFor(chunks, typed);
const forms = (typed: string) => formsOf(typed, chunkFor(typed));

describe('the lexicon of the archive’s words', () => {
  it('files each word, in lower case as written, under its typing keys, in the chunk of each key', () => {
    expect(chunkFor('коопсуздук')[typingKey('коопсуздук')]).toEqual(['коопсуздук']);
    expect(chunkFor('isbirligi')[typingKey('isbirligi')]).toEqual(['işbirliği']);
    const layout = lexiconLayout([...chunks.keys()].filter((name) => name.length > 2));
    for (const [name, chunk] of chunks) for (const key of Object.keys(chunk)) expect(layout.chunkOf(key)).toBe(name);
  });

  it('finds a word however it is typed, the printed form first', () => {
    expect(forms('коопсуздук')).toEqual([{ word: 'коопсуздук', tier: 0 }]);
    expect(forms('koopsuzduk')).toEqual([{ word: 'коопсуздук', tier: 1 }]);
    expect(forms('кенештеринин')).toEqual([{ word: 'кеңештеринин', tier: 1 }]);
    expect(forms('olkolordun')).toEqual([{ word: 'өлкөлөрдүн', tier: 1 }]);
    expect(forms('kauipsizdik')).toEqual([{ word: 'қауіпсіздік', tier: 1 }]);
    // Pagefind itself folds ş and ğ, so this is the printed form to it.
    expect(forms('isbirligi')).toEqual([{ word: 'işbirliği', tier: 0 }]);
    expect(forms('ishbirligi')).toEqual([{ word: 'işbirliği', tier: 1 }]);
  });

  it('finds a surname alone across alphabets', () => {
    expect(forms('Nurdauletov').map(({ word }) => word)).toEqual(['нұрдәулетов']);
    expect(forms('Нурдаулетов').map(({ word }) => word)).toEqual(['нұрдәулетов']);
    expect(forms('Yerlikaya').map(({ word }) => word)).toEqual(['yerlikaya', 'ерликая']);
    expect(forms('Ерликая')).toEqual([
      { word: 'ерликая', tier: 0 },
      { word: 'yerlikaya', tier: 1 },
    ]);
  });

  it('finds a word with more endings than typed, and with fewer when the typed form is in no bulletin', () => {
    expect(forms('кызматташтык')).toEqual([{ word: 'кызматташтыгы', tier: 2 }]);
    expect(forms('işbirlik')).toEqual([{ word: 'işbirliği', tier: 2 }]);
    expect(forms('Бишкек')).toEqual([
      { word: "bişkek'teki", tier: 2 },
      { word: 'бишкекте', tier: 2 },
    ]);
    expect(forms('кеңештерининде')).toEqual([{ word: 'кеңештеринин', tier: 5 }]);
    expect(forms('TDT')).toEqual([{ word: "tdt'nin", tier: 2 }]);
  });

  it('finds a compound by each of its parts, as the compound Pagefind indexed', () => {
    expect(forms('tatneft')).toEqual([{ word: 'татнефть-поиск', tier: 1 }]);
    expect(forms('сентябрь')).toEqual([{ word: '12-сентябрь', tier: 0 }]);
  });

  it('finds nothing for what is no word of the archive, nor suggests what is not near', () => {
    for (const nonsense of ['zzzz', 'qwerty', 'фывапр', 'щщщщ', 'bbbbbb', 'iiiii', 'сссс']) {
      expect(forms(nonsense), nonsense).toEqual([]);
      expect(nearestSpellings(nonsense, chunkFor(nonsense)), nonsense).toEqual([]);
    }
  });

  it('suggests the nearest spellings the archive has for a word it does not have', () => {
    expect(forms('коопсуздак')).toEqual([]);
    expect(nearestSpellings('коопсуздак', chunkFor('коопсуздак'))).toEqual(['коопсуздук']);
  });
});

describe('the lexicon as written for a sharded index', () => {
  const sharded = createLexicon();
  sharded.add(searchWords('Коопсуздук кеңеши Бишкекте'), 'ky', 0);
  sharded.add(searchWords('Коопсуздук жыйыны Ошто'), 'ky', 2);
  const ots = { entity: 'organization-ots', names: ['ТМУ', 'TDT'] };
  const files = sharded.files(3, new Map([['tm', [ots]]]));
  const fileFor = (typed: string) => files.get(typingKey(typed).slice(0, 2))!;

  it('says which shards hold a word that is not in every shard, and nothing of a word in all of them', () => {
    expect(fileFor('кеңеши').shards.кеңеши).toBe(shardMask([0]));
    expect(fileFor('ошто').shards.ошто).toBe(shardMask([2]));
    expect(fileFor('коопсуздук').shards.коопсуздук).toBe(shardMask([0, 2]));
    expect(createLexicon().files(1, new Map()).size).toBe(0);
    const single = createLexicon();
    single.add(searchWords('Коопсуздук'), 'ky', 0);
    expect(single.files(1, new Map()).get(typingKey('коопсуздук').slice(0, 2))!.shards).toEqual({});
  });

  it('counts the bulletins that have a word in each of its shards, where a shard has more than one', () => {
    const counted = createLexicon();
    counted.add(['коопсуздук', 'кеңеши'], 'ky', 0, [3, 1]);
    counted.add(['коопсуздук'], 'ky', 2, [1]);
    const written = counted.files(3, new Map());
    const of = (word: string) => written.get(typingKey(word).slice(0, 2))!;
    expect(of('коопсуздук').counts!.коопсуздук).toEqual([3, 1]);
    expect(of('кеңеши').counts!.кеңеши).toBeUndefined();
  });

  it('stores the forms of an entity’s name words as the page would find them, with the shards that hold each', () => {
    const formsOfName = sharded.nameFormsReader(3);
    expect(formsOfName('Кеңеш')).toEqual([{ word: 'кеңеши', tier: 2, shards: shardMask([0]) }]);
    expect(formsOfName('Коопсуздук')).toEqual([{ word: 'коопсуздук', tier: 0, shards: shardMask([0, 2]) }]);
    expect(formsOfName('ТМУ')).toEqual([]);
  });

  it('takes for a word of an entity’s name its forms with endings, not its stems, and for an abbreviation only those in its alphabet', () => {
    const names = createLexicon();
    names.add(searchWords('Türk Devletleri Teşkilatı devlet ТМУнун ТМУ'), 'tr');
    names.add(searchWords("o‘tgan yili TDT'nin"), 'uz-Latn');
    names.add(searchWords('ОТГ ОТГга'), 'ky');
    const formsOfName = names.nameFormsReader(1);
    expect(formsOfName('Devletleri').map(({ word }) => word)).toEqual(['devletleri']);
    expect(formsOfName('ОТГ').map(({ word }) => word)).toEqual(['отг', 'отгга']);
    expect(formsOfName('ТМУ').map(({ word }) => word)).toEqual(['тму', 'тмунун']);
    expect(formsOfName('TDT').map(({ word }) => word)).toEqual(["tdt'nin"]);
  });

  it('carries the gazetteer names looked up in a chunk, also a chunk with no word of the archive', () => {
    expect(files.get('tm')).toEqual({ keys: {}, shards: {}, names: [ots] });
    expect(fileFor('кеңеши').names).toEqual([]);
  });
});

describe('the lexicon of a large archive', () => {
  // Thousands of words that begin alike, as a large archive's vocabulary has: stems of one start, each with endings.
  const letters = 'абвгдежзийклмнопрстуфхцчшыэюя';
  const stems = Array.from({ length: 900 }, (_, index) => `ко${letters[index % 29]}${letters[Math.floor(index / 29) % 29]}${letters[(index * 7) % 29]}ат`);
  const texts = stems.map((stem) => [stem, `${stem}тын`, `${stem}тар`, `${stem}тардын`, `${stem}ка`].join(' '));
  const large = createLexicon();
  for (const text of texts) large.add(searchWords(text), 'ky');
  const split = large.chunks();
  const whole: LexiconChunk = Object.assign({}, ...split.values());

  it('splits a chunk that would be too large by the next characters, each below the limit', () => {
    expect(split.size).toBeGreaterThan(10);
    const layout = lexiconLayout([...split.keys()].filter((name) => name.length > 2));
    for (const [name, chunk] of split) {
      expect(JSON.stringify(chunk).length, name).toBeLessThan(CHUNK_LIMIT * 1.2);
      for (const key of Object.keys(chunk)) expect(layout.chunkOf(key), key).toBe(name);
    }
  });

  it('finds through the chunks the page reads the same forms as in the whole lexicon, and suggests only near spellings', () => {
    for (const typed of [stems[5], `${stems[5]}тын`, `${stems[400]}тардынча`, stems[899].slice(0, 4), stems[100].slice(0, 3), 'kozhat', 'кожжжжж', 'коеажат']) {
      expect(formsOf(typed, keysFor(split, typed)), typed).toEqual(formsOf(typed, whole));
      // Near spellings that differ early (in the chunk's name) are in chunks the page does not read.
      const near = nearestSpellings(typed, whole, Infinity);
      for (const spelling of nearestSpellings(typed, keysFor(split, typed))) expect(near, typed).toContain(spelling);
    }
    expect(nearestSpellings('коеажат', keysFor(split, 'коеажат')).length).toBeGreaterThan(0);
    const formsOfName = large.nameFormsReader(1);
    for (const typed of [stems[7], `${stems[300]}тын`, `${stems[20]}тардынча`])
      expect(formsOfName(typed), typed).toEqual(nameForms(typed, formsOf(typed, whole)).slice(0, MAX_FORMS));
    expect(formsOf(stems[5], keysFor(split, stems[5])).length).toBeGreaterThan(2);
  });
});
