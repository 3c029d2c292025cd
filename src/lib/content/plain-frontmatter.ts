import type { Bulletin } from './bulletin-schema.ts';

/**
 * The plain shape of an entry's frontmatter, the one ingest writes, read and written a line at a
 * time without a YAML library: `key: value` lines, a key's list as `  - value` lines (`key: []` when
 * empty), a key's own keys as `  key: value` lines, and values that are plain words, single-quoted
 * text, numbers and `null` (the reader also takes double-quoted text without escapes, `true`,
 * `false` and `{}`).
 *
 * Each side stands in for a YAML library and must agree with it exactly, so each decides alone what
 * is plain: `readPlainFrontmatter` reads only what it reads exactly as YAML 1.2's core schema does
 * (the `yaml` package, src/lib/content/frontmatter.ts), and `writePlainFrontmatter` writes only what
 * it writes exactly as gray-matter does (js-yaml 3, YAML 1.1, which quotes words such as `yes` that
 * 1.2 reads as text). Anything else is left to the library: the reader returns `undefined`, the
 * writer null. Everything the writer writes, the reader reads back as it was
 * (src/lib/content/plain-frontmatter.test.ts).
 */

/**
 * Reads frontmatter lines in the plain shape. Anything else (comments, blank lines, another indent,
 * block scalars, flow collections with items, anchors, tags, a key written twice, a plain value that
 * YAML might read as something other than text) is not read here: `undefined` says so, and the
 * caller reads it with the YAML parser (frontmatter.ts), which also explains mistakes.
 *
 * Why: parsing with the `yaml` package cost ~0.43 ms an entry, half of the content check, and the
 * build waits for the check before Astro loads a bulletin (4 s at 10,000 bulletins).
 */
export function readPlainFrontmatter(lines: readonly string[]): Record<string, unknown> | undefined {
  // No lines at all is no mapping: YAML's reading says so.
  if (lines.length === 0) return undefined;
  const data: Record<string, unknown> = {};
  for (let index = 0; index < lines.length; ) {
    const line = lines[index];
    const colon = keyEnd(line);
    if (colon < 0) return undefined;
    const key = line.slice(0, colon);
    if (Object.hasOwn(data, key)) return undefined;
    if (colon + 1 < line.length) {
      if (line[colon + 1] !== ' ') return undefined;
      const value = inlineValue(line.slice(colon + 2));
      if (value === NOT_PLAIN) return undefined;
      data[key] = value;
      index++;
      continue;
    }
    // `key:` alone: its list items or its own keys follow, indented by two spaces; none is null.
    let end = index + 1;
    while (end < lines.length && lines[end].startsWith('  ')) end++;
    const block = lines.slice(index + 1, end).map((nested) => nested.slice(2));
    const value = block.length === 0 ? null : block[0].startsWith('-') ? listValue(block) : mapValue(block);
    if (value === NOT_PLAIN) return undefined;
    data[key] = value;
    index = end;
  }
  return data;
}

const NOT_PLAIN = Symbol('not plain');
type Value = unknown | typeof NOT_PLAIN;

/** Plain values YAML's core schema reads as null or a boolean. */
// biome-ignore format: a table, a row per kind of word
const CONSTANTS = new Map<string, unknown>([
  ['null', null], ['Null', null], ['NULL', null], ['~', null],
  ['true', true], ['True', true], ['TRUE', true],
  ['false', false], ['False', false], ['FALSE', false],
]);

/** A key of letters, digits and `_`, starting with a letter; YAML allows longer keys only up to 1,024 characters. */
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,99}:/;

/** Where a line's `key:` ends (the colon), or -1 where the line does not start with a key that is text (`true:` is a boolean). */
function keyEnd(line: string): number {
  const match = KEY.exec(line);
  return match && !CONSTANTS.has(match[0].slice(0, -1)) ? match[0].length - 1 : -1;
}

function listValue(block: string[]): Value {
  const items: unknown[] = [];
  for (const line of block) {
    if (!line.startsWith('- ')) return NOT_PLAIN;
    const item = inlineValue(line.slice(2));
    if (item === NOT_PLAIN) return NOT_PLAIN;
    items.push(item);
  }
  return items;
}

function mapValue(block: string[]): Value {
  const map: Record<string, unknown> = {};
  for (const line of block) {
    const colon = keyEnd(line);
    if (colon < 0 || line[colon + 1] !== ' ') return NOT_PLAIN;
    const key = line.slice(0, colon);
    if (Object.hasOwn(map, key)) return NOT_PLAIN;
    const value = inlineValue(line.slice(colon + 2));
    if (value === NOT_PLAIN) return NOT_PLAIN;
    map[key] = value;
  }
  return map;
}

/** Characters a plain value may not start with: YAML's indicators, and space. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@` \t]/;
/** Numbers as YAML 1.2's core schema reads them: decimal integers and floats. */
const INTEGER = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** The core schema's other numbers (octal, hex, infinities, not-a-number): left to YAML. Any other text, `2025-10-32` too, is text. */
const OTHER_NUMBERS = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|0o[0-7]+|0x[0-9a-fA-F]+)$/;

/** Tabs, control characters and others YAML may not take as they are, or reads as line breaks. */
const UNUSUAL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/;

/** A value on the rest of a line, or NOT_PLAIN. */
function inlineValue(text: string): Value {
  if (text === '' || /\s$/.test(text) || UNUSUAL.test(text)) return NOT_PLAIN;
  if (text === '[]') return [];
  if (text === '{}') return {};
  const first = text[0];
  if (first === "'") {
    if (text.length < 2 || !text.endsWith("'")) return NOT_PLAIN;
    const inner = text.slice(1, -1);
    // Inside, a quote is written twice; a lone quote would end the value before the line does.
    if (inner.replace(/''/g, '').includes("'")) return NOT_PLAIN;
    return inner.replace(/''/g, "'");
  }
  if (first === '"') {
    if (text.length < 2 || !text.endsWith('"')) return NOT_PLAIN;
    const inner = text.slice(1, -1);
    return inner.includes('"') || inner.includes('\\') ? NOT_PLAIN : inner;
  }
  if (INDICATOR_START.test(text) || text.includes(': ') || text.includes(' #') || text.endsWith(':')) return NOT_PLAIN;
  if (CONSTANTS.has(text)) return CONSTANTS.get(text);
  if (INTEGER.test(text)) {
    const number = Number(text);
    return Number.isSafeInteger(number) ? number : NOT_PLAIN;
  }
  if (FLOAT.test(text)) return Number(text);
  if (OTHER_NUMBERS.test(text)) return NOT_PLAIN;
  return text;
}

/**
 * The frontmatter's YAML lines in the plain shape, as gray-matter writes them (2-space indents), or
 * null where a value's form is not certain (src/lib/content/entry-text.ts then asks gray-matter).
 *
 * Why: gray-matter took a third of ingest's write stage (0.1-0.2 ms per entry, and ~25 ms to load),
 * and what costs is js-yaml asking every string whether it could be read as another type.
 */
export function writePlainFrontmatter(frontmatter: Bulletin): string | null {
  const data = frontmatter as unknown as Record<string, unknown>;
  const lines: string[] = [];
  const seen = new Set<object>();
  for (const [key, value] of Object.entries(data)) {
    if (!isPlainKey(key)) return null;
    if (Array.isArray(value) || (typeof value === 'object' && value !== null)) {
      // js-yaml marks an object met twice with an anchor and an alias.
      if (seen.has(value)) return null;
      seen.add(value);
    }
    if (Array.isArray(value)) {
      if (value.length === 0) {
        lines.push(`${key}: []`);
        continue;
      }
      lines.push(`${key}:`);
      for (const item of value) {
        const scalar = typeof item === 'string' ? stringScalar(item) : null;
        if (scalar === null) return null;
        lines.push(`  - ${scalar}`);
      }
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      if (entries.length === 0) return null;
      lines.push(`${key}:`);
      for (const [innerKey, innerValue] of entries) {
        const scalar = isPlainKey(innerKey) ? scalarOf(innerValue) : null;
        if (scalar === null) return null;
        lines.push(`  ${innerKey}: ${scalar}`);
      }
    } else {
      const scalar = scalarOf(value);
      if (scalar === null) return null;
      lines.push(`${key}: ${scalar}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') : null;
}

function scalarOf(value: unknown): string | null {
  if (value === null) return 'null';
  if (typeof value === 'string') return stringScalar(value);
  if (typeof value === 'number') return numberScalar(value);
  return null;
}

/** A whole number as its digits; another finite number as JavaScript prints it, unless in exponent form. */
function numberScalar(value: number): string | null {
  if (!Number.isFinite(value) || Object.is(value, -0)) return null;
  const text = String(value);
  return /e/i.test(text) ? null : text;
}

/** Frontmatter keys are names: written plain, as js-yaml writes them. */
function isPlainKey(key: string): boolean {
  return /^[A-Za-z][A-Za-z0-9]*$/.test(key) && !YAML_1_1_WORDS.has(key);
}

/**
 * Plain words that YAML 1.1 reads as booleans (js-yaml quotes them for readers of 1.1), and the
 * words of its null and boolean types: written plain they would be read as a value of another type.
 */
// biome-ignore format: a table, a row per kind of word
const YAML_1_1_WORDS = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF',
  'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE',
]);

/** A set of ASCII characters, looked up by code unit: a string's characters are read by code, not as one-character strings. */
function asciiSet(characters: string): Uint8Array {
  const set = new Uint8Array(128);
  for (const character of characters) set[character.charCodeAt(0)] = 1;
  return set;
}

/** Characters that may not start a plain scalar: white space and YAML's indicators. */
const NOT_FIRST = asciiSet(' \t-?:,[]{}#&*!|=>\'"%@`');
/** Characters that may not stand anywhere in a plain scalar: the flow indicators and `:` (`#` only after a space). */
const NOT_INSIDE = asciiSet(',[]{}:');
const HASH = 0x23;
const SPACE = 0x20;
/** What a number, a time or the merge key of YAML 1.1 can be made of, when it starts with a digit. */
const NUMBER_OR_TIME = /^[0-9a-fA-FxXoO_+\-.:tTzZ \t]*$/;

/**
 * A string as js-yaml writes it on one line: plain where it may be, else in single quotes (`'`
 * doubled); null (gray-matter decides) where js-yaml would use double quotes or a block, or where it
 * could be a number, a time or a word of another type and the rule here is not sure.
 */
function stringScalar(text: string): string | null {
  if (text === '') return "''";
  if (YAML_1_1_WORDS.has(text) && !/^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/.test(text)) return `'${text}'`;
  const first = text.charCodeAt(0);
  let plain = !(first < 128 && NOT_FIRST[first] === 1) && text.charCodeAt(text.length - 1) !== SPACE;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // Printable and on one line (no control characters, line or paragraph separators, byte-order
    // marks, lone surrogates or characters outside the BMP): else js-yaml escapes or uses a block.
    const printable =
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa1 && code <= 0xd7ff && code !== 0x2028 && code !== 0x2029) ||
      (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff);
    if (!printable) return null;
    if (plain && code < 128 && (NOT_INSIDE[code] === 1 || (code === HASH && text.charCodeAt(index - 1) === SPACE))) plain = false;
  }
  if (plain) {
    const ambiguous = mayReadAsAnotherType(text);
    if (ambiguous === null) return null;
    if (!ambiguous) return text;
  }
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * Whether a plain string would be read as null, a boolean, a number, a time or the merge key; null
 * where this does not tell (js-yaml then decides). Those forms start with a digit, a sign, a dot,
 * `~`, `<` or a letter of their words.
 */
function mayReadAsAnotherType(text: string): boolean | null {
  const first = text[0];
  if (first >= '0' && first <= '9') {
    if (!NUMBER_OR_TIME.test(text)) return false;
    // `YYYY-MM-DD`, a date: read as a time.
    if (/^\d{4}-\d\d-\d\d$/.test(text)) return true;
    // A SHA-256 in hex with a letter other than `e` after where a `0b` or `0x` prefix would stand: the form of no number or time.
    if (/^[0-9a-f]{64}$/.test(text) && /[a-df]/.test(text.slice(2))) return false;
    return null;
  }
  if ('+-.~<'.includes(first)) return null;
  return YAML_1_1_WORDS.has(text);
}
