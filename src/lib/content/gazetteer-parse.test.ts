import { describe, expect, it } from 'vitest';
import { parseGazetteer } from './gazetteer-parse.ts';

const person = (id: string) => `  { "id": "${id}", "names": { "ky": ["Name of ${id}"] } }`;
/** A people.json of three entities, one a line, with `edit` applied to its text. */
const file = (edit: (text: string) => string = (text) => text) => edit(`[\n${[person('a'), person('b'), person('c')].join(',\n')}\n]\n`);

describe('parseGazetteer', () => {
  it('reads a valid file, with or without a byte-order mark', () => {
    expect(parseGazetteer(file())).toEqual({ ok: true, entities: ['a', 'b', 'c'].map((id) => ({ id, names: { ky: [`Name of ${id}`] } })) });
    expect(parseGazetteer(`\uFEFF${file()}`).ok).toBe(true);
  });

  // Each mistake at the place an editor must go to, given as the line and column of the text below.
  it.each([
    [
      'a comma after the last entity',
      (text: string) => text.replace(/\}\n\]/, '},\n]'),
      4,
      50,
      /a comma after the last item of a list/,
      /remove this comma before "\]"/,
    ],
    [
      'a comma after the last key',
      (text: string) => text.replace('["Name of b"] }', '["Name of b"], }'),
      3,
      46,
      /a comma after the last key of an object/,
      /remove this comma before "\}"/,
    ],
    [
      'a comma missing between entities',
      (text: string) => text.replace('} },\n  { "id": "b"', '} }\n  { "id": "b"'),
      3,
      3,
      /a comma is missing before this/,
      /add ","/,
    ],
    ['single quotes', (text: string) => text.replace('"id": "b"', '"id": \'b\''), 3, 11, /single quotes/, /double quotes/],
    ['a comment', (text: string) => text.replace('[\n', '[ // people\n'), 1, 3, /a comment/, /remove it/],
    [
      'a key without quotes',
      (text: string) => text.replace('"names": { "ky": ["Name of c"]', 'names: { "ky": ["Name of c"]'),
      4,
      16,
      /a key without double quotes/,
      /"names"/,
    ],
    ['the closing bracket missing', (text: string) => text.replace(/\]\n$/, ''), 5, 1, /the file ends before/, /close the list/],
  ])('%s: line and column of the mistake, and the fix', (_name, edit, line, column, message, fix) => {
    const result = parseGazetteer(file(edit));
    expect(result).toMatchObject({ ok: false, line, column });
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.fix).toMatch(fix);
  });

  it('places a schema mistake at its key: a wrong id, a missing list of names', () => {
    const badId = parseGazetteer(file((text) => text.replace('"id": "b"', '"id": "Bad Id"')));
    expect(badId).toMatchObject({ ok: false, line: 3, column: 5, message: 'at 1.id: expected a lower-case id with dashes, such as "bishkek"' });
    const noNames = parseGazetteer(file((text) => text.replace(', "names": { "ky": ["Name of c"] }', '')));
    expect(noNames).toMatchObject({ ok: false, line: 4, column: 3, message: 'at 2: "names" is missing' });
  });
});
