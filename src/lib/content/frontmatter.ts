import { isScalar, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import { readPlainFrontmatter } from './plain-frontmatter.ts';

/**
 * Reads a file of YAML frontmatter between `---` lines followed by Markdown: the one reader of an
 * entry's frontmatter for check, build, ingest and pages alike.
 *
 * YAML 1.2's core schema, not YAML 1.1 as gray-matter's js-yaml reads it: 1.1 turns an unquoted
 * `date: 2025-10-32` into a Date of 1 November, so a typo became another day instead of an error;
 * in 1.2 a date is the text as written, and the bulletin schema checks that it is a calendar day.
 * A byte-order mark and Windows line ends are read as if they were not there.
 */
export type Frontmatter =
  | {
      ok: true;
      data: Record<string, unknown>;
      /** The frontmatter's lines, without the `---` lines: line `i` is file line `i + 2`. */
      lines: string[];
      body: string;
    }
  | FrontmatterProblem;

/** What is wrong, on which line of the file, and what to do. */
export type FrontmatterProblem = { ok: false; line: number; message: string; fix: string };

const DELIMITER = /^---\s*$/;

/** The frontmatter's lines and the Markdown after them, without reading the YAML. */
export function splitFrontmatter(text: string): { ok: true; lines: string[]; body: string } | FrontmatterProblem {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!DELIMITER.test(lines[0] ?? '')) {
    return {
      ok: false,
      line: 1,
      message: 'the file has no frontmatter',
      fix: 'start it with a line "---", the frontmatter keys, and another "---", as ingest writes them',
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && DELIMITER.test(line));
  if (close === -1) {
    return { ok: false, line: 1, message: 'the frontmatter is never closed', fix: 'add a line "---" after the last frontmatter key' };
  }
  return { ok: true, lines: lines.slice(1, close), body: lines.slice(close + 1).join('\n') };
}

export function readFrontmatter(text: string): Frontmatter {
  const split = splitFrontmatter(text);
  if (!split.ok) return split;
  // Frontmatter in the shape ingest writes is read a line at a time, the same as YAML reads it.
  const plain = readPlainFrontmatter(split.lines);
  if (plain) return { ok: true, data: plain, lines: split.lines, body: split.body };
  const lineCounter = new LineCounter();
  const document = parseDocument(split.lines.join('\n'), { schema: 'core', uniqueKeys: true, prettyErrors: false, lineCounter });
  const error = document.errors[0];
  if (error) {
    const { line, fix } = explain(error, document, lineCounter);
    return {
      ok: false,
      line: line + 1,
      message: `the frontmatter is not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
      fix,
    };
  }
  const data: unknown = document.toJS();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, line: 2, message: 'the frontmatter is not a list of "key: value" lines', fix: 'write one "key: value" per line' };
  }
  return { ok: true, data: data as Record<string, unknown>, lines: split.lines, body: split.body };
}

/**
 * One top-level key's value, read from that key's own lines: ingest needs only each entry's
 * `original` when it opens a content folder, and parsing every entry's whole frontmatter cost it
 * 1.3 s per 2,000 entries. Where those lines may not stand alone (the key is missing, written
 * twice, or its lines are not valid YAML by themselves), the whole frontmatter is read instead;
 * `undefined` when that fails too.
 */
export function readFrontmatterValue(text: string, key: string): unknown {
  const split = splitFrontmatter(text);
  if (!split.ok) return undefined;
  const starts = split.lines.flatMap((line, index) => (line.startsWith(`${key}:`) ? [index] : []));
  if (starts.length === 1) {
    // The key's block ends at the next line that starts a key of its own: not indented, not a
    // list item (a list may stand at its key's indent), not a comment, not blank.
    const next = split.lines.findIndex((line, index) => index > starts[0] && line !== '' && !/^[\s#-]/.test(line));
    const block = split.lines.slice(starts[0], next === -1 ? undefined : next);
    // The key's lines in the shape ingest writes are read a line at a time, as readFrontmatter does.
    const data = readPlainFrontmatter(block) ?? yamlData(block);
    if (typeof data === 'object' && data !== null && key in data) return (data as Record<string, unknown>)[key];
  }
  const whole = readFrontmatter(text);
  return whole.ok ? whole.data[key] : undefined;
}

/** The YAML data of some lines; undefined where they are not valid YAML by themselves (toJS throws on an alias to an anchor outside them). */
function yamlData(lines: string[]): unknown {
  const document = parseDocument(lines.join('\n'), { schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (document.errors.length) return undefined;
  try {
    return document.toJS();
  } catch {
    return undefined;
  }
}

/** The frontmatter line (1-based) where a YAML mistake was made, and what to do about it in plain words. */
function explain(error: YAMLError, document: ReturnType<typeof parseDocument>, lineCounter: LineCounter): { line: number; fix: string } {
  const at = lineCounter.linePos(error.pos[0]).line;
  switch (error.code) {
    case 'MISSING_CHAR': {
      if (!/quote/.test(error.message)) break;
      // YAML notices a missing closing quote where the text ends; the mistake is where the quote opened.
      let opened = at;
      visit(document, {
        Scalar(_, node) {
          if (isScalar(node) && /QUOTE/.test(String(node.type)) && node.range && node.range[0] < error.pos[0] && node.range[1] >= error.pos[0]) {
            opened = lineCounter.linePos(node.range[0]).line;
          }
        },
      });
      return {
        line: opened,
        fix: 'close the quote at the end of the value on this line, or remove it; a quote inside a value is written "" within double quotes or \'\' within single quotes',
      };
    }
    case 'TAB_AS_INDENT':
      return { line: at, fix: 'indent with spaces, not tabs: two spaces per level, as ingest writes it' };
    case 'DUPLICATE_KEY':
      return { line: at, fix: 'this key is written twice: keep one of the two lines' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      return {
        line: at,
        fix: 'quote a value that contains ": " or "#", or starts with a quote or bracket, e.g. title: "A: B"; keys start at the line\'s beginning, nested keys indented by spaces',
      };
    case 'BAD_INDENT':
      return {
        line: at,
        fix: 'indent nested keys and list items by the same number of spaces as their neighbours, and close every [ or { on the line it opens',
      };
  }
  return { line: at, fix: 'correct the YAML on this line; compare it with an entry ingest wrote, and quote values that contain ": " or "#"' };
}
