/**
 * Reads frontmatter written in the plain shape ingest writes it in, a line at a time: `key: value`
 * lines, a key's list as `  - value` lines, a key's own keys as `  key: value` lines, and values
 * that are plain words, single-quoted text, double-quoted text without escapes, numbers, `true`,
 * `false`, `null`, `[]` or `{}`. Anything else (comments, blank lines, another indent, block
 * scalars, flow collections with items, anchors, tags, a key written twice, a plain value that YAML
 * might read as something other than text) is not read here: `undefined` says so, and the caller
 * reads it with the YAML parser (frontmatter.ts), which also explains mistakes.
 *
 * Why: parsing with the `yaml` package cost ~0.43 ms an entry, half of the content check, and the
 * build waits for the check before Astro loads a bulletin (4 s at 10,000 bulletins). What this
 * reads, it reads exactly as YAML 1.2's core schema does (src/lib/content/frontmatter-lines.test.ts
 * compares the two on every entry and on thousands of altered ones).
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
