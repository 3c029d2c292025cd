import { createRequire } from 'node:module';
import type { Bulletin } from './bulletin-schema.ts';

/**
 * An entry's file text: its frontmatter as YAML between `---` lines, then its Markdown body,
 * exactly as gray-matter's `stringify` (js-yaml 3's `safeDump`, `lineWidth: -1`) writes them, which
 * is what every entry in the archive was written with. gray-matter took a third of the write
 * stage's CPU (0.1-0.2 ms per entry, and ~25 ms to load): the frontmatter's shape is fixed (keys,
 * strings, numbers, lists of strings, one nested mapping), and what costs is js-yaml asking every
 * string whether it could be read as another type. Here a value is written directly when its form
 * is certain, and the whole entry is left to gray-matter when any value is not (a string with a
 * line break or a character js-yaml escapes, a string starting with a digit that could be a number
 * or a time, a value of another kind): the text is the same either way, only its cost differs.
 * src/lib/content/entry-text.test.ts holds it to gray-matter.
 */
export function entryFileText(frontmatter: Bulletin, body: string): string {
  const yaml = certainYaml(frontmatter);
  if (yaml === null) return grayMatterText(frontmatter, body);
  return `---\n${yaml}\n---\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

/** What gray-matter writes; loaded on first need, as most runs never need it. */
export function grayMatterText(frontmatter: Bulletin, body: string): string {
  const matter = createRequire(import.meta.url)('gray-matter') as typeof import('gray-matter');
  // A file object, not the body string: given a string, gray-matter first parses it for front matter
  // of its own (a third of the cost), and a body never has any (markdown-body.ts escapes a leading `-`).
  return matter.stringify({ content: body } as never, frontmatter, { lineWidth: -1 } as never);
}

/** The frontmatter's YAML lines (a top-level mapping, 2-space indents), or null where a value's form is not certain. */
export function certainYaml(frontmatter: Bulletin): string | null {
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
    const printable = (code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xd7ff && code !== 0x2028 && code !== 0x2029) || (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff);
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
