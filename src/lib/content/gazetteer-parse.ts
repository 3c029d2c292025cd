import { createRequire } from 'node:module';
import type { AnyNode, DocumentNode, MemberNode } from '@humanwhocodes/momoa';
import { gazetteerFile, type GazetteerEntity } from './gazetteer-schema.ts';

/**
 * Reads the text of a gazetteer file (`content/gazetteer/*.json`): its entities, or the first
 * mistake in it, at the line and column to edit and with what to do. `npm run check`, the build and
 * `astro dev` all read the gazetteer through this, so all three say the same.
 *
 * A valid file is read by `JSON.parse`; only a broken one is parsed again into a tree with places
 * (@humanwhocodes/momoa), because V8's messages name no place for some mistakes (a comma after the
 * last item: "Unexpected token ']'") and the schema's issues are paths (`12.names.ky`), not lines.
 */
export type GazetteerParse = { ok: true; entities: GazetteerEntity[] } | { ok: false; line: number; column: number; message: string; fix: string };

/**
 * The tree parser is loaded only for a broken file: ingest reads the gazetteer on every run, and
 * loading the parser's code would cost each run time that a valid file never needs.
 */
function parseJsonTree(text: string): DocumentNode {
  const momoa = createRequire(import.meta.url)('@humanwhocodes/momoa') as typeof import('@humanwhocodes/momoa');
  return momoa.parse(text, { mode: 'json' });
}

const FORMAT = 'a list of {"id": …, "names": {…}} objects';

export function parseGazetteer(fileText: string): GazetteerParse {
  // Editors on Windows may save a byte-order mark; it is no part of the JSON.
  const text = fileText.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return syntaxMistake(text, (error as Error).message);
  }
  const parsed = gazetteerFile.safeParse(json);
  if (parsed.success) return { ok: true, entities: parsed.data };
  const issue = parsed.error.issues[0];
  const where = placeOfPath(text, issue.path);
  return {
    ok: false,
    ...where,
    message: describeIssue(json, issue.path, issue.message),
    fix: 'correct it; src/lib/content/gazetteer-schema.ts describes the format',
  };
}

function describeIssue(json: unknown, path: readonly PropertyKey[], expected: string): string {
  const value = path.reduce<unknown>((node, segment) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[segment] : undefined), json);
  const at = (segments: readonly PropertyKey[]) => segments.join('.') || 'the top level';
  if (value === undefined && path.length > 0) return `at ${at(path.slice(0, -1))}: "${String(path.at(-1))}" is missing`;
  return `at ${at(path)}: expected ${expected}`;
}

function syntaxMistake(text: string, v8Message: string): GazetteerParse & { ok: false } {
  const offset = mistakeOffset(text, v8Message);
  const at = (index: number) => ({ ok: false as const, ...lineAndColumn(text, index) });
  const char = text[offset];
  const before = previousSignificant(text, offset);
  if (offset >= text.length) {
    return { ...at(text.length), message: 'the file ends before every "[" and "{" is closed', fix: 'close the list with "]" and each entity with "}"' };
  }
  if ((char === ']' || char === '}') && text[before] === ',') {
    return {
      ...at(before),
      message: `a comma after the last ${char === ']' ? 'item of a list' : 'key of an object'}, which JSON does not allow`,
      fix: `remove this comma before "${char}"`,
    };
  }
  if (char === "'") return { ...at(offset), message: 'a text in single quotes, which JSON does not allow', fix: 'write it in double quotes: "…"' };
  if (char === '/') return { ...at(offset), message: 'a comment, which JSON does not allow', fix: 'remove it' };
  if (/[A-Za-z_]/.test(char) && (text[before] === '{' || text[before] === ',')) {
    return { ...at(offset), message: 'a key without double quotes', fix: 'write the key in double quotes, e.g. "names"' };
  }
  if (/["{[\d-]/.test(char) && /["}\]\del]/.test(text[before] ?? '')) {
    return { ...at(offset), message: 'a comma is missing before this', fix: 'add "," between the two items' };
  }
  return {
    ...at(offset),
    message: `not valid JSON: ${v8Message.replace(/ in JSON at position \d+.*$/, '')}`,
    fix: `correct the JSON here; the file is ${FORMAT}`,
  };
}

/** Where the first mistake is: V8's position where it gives one, else the tree parser's. */
function mistakeOffset(text: string, v8Message: string): number {
  const position = / at position (\d+)/.exec(v8Message);
  if (position) return Number(position[1]);
  if (/end of JSON input/.test(v8Message)) return text.length;
  try {
    parseJsonTree(text);
  } catch (error) {
    const { offset } = error as { offset?: number };
    if (typeof offset === 'number') return offset;
  }
  return 0;
}

function previousSignificant(text: string, offset: number): number {
  let index = offset - 1;
  while (index >= 0 && /\s/.test(text[index])) index--;
  return index;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The place of a schema issue's path (`[12, 'names', 'ky']`): its key, or the nearest parent that exists. */
function placeOfPath(text: string, path: readonly PropertyKey[]): { line: number; column: number } {
  let node: AnyNode = parseJsonTree(text).body;
  let place = node.loc.start;
  for (const segment of path) {
    if (node.type === 'Array' && typeof segment === 'number' && node.elements[segment]) {
      node = node.elements[segment].value;
      place = node.loc.start;
    } else if (node.type === 'Object') {
      const member: MemberNode | undefined = node.members.find((candidate) => candidate.name.type === 'String' && candidate.name.value === String(segment));
      if (!member) break;
      place = member.name.loc.start;
      node = member.value;
    } else {
      break;
    }
  }
  return { line: place.line, column: place.column };
}
