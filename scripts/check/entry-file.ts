import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';

/**
 * Reads an entry file the way the build does (src/lib/content/frontmatter.ts) and remembers where each
 * key is written, so a problem can name the line to edit.
 */
export type EntryFile =
  | { ok: true; data: Record<string, unknown>; lines: string[]; keyLine: (path: readonly PropertyKey[]) => number | undefined }
  | { ok: false; line: number; message: string; fix: string };

export function parseEntryFile(text: string): EntryFile {
  const parsed = readFrontmatter(text);
  if (!parsed.ok) return parsed;
  return { ok: true, data: parsed.data, lines: parsed.lines, keyLine: (path) => findKeyLine(parsed.lines, path) };
}

/**
 * The file line of a key path such as `['original', 'sha256']` or `['people', 1]` in block-style
 * YAML; the line of the nearest parent that can be found when the exact key cannot (flow lists,
 * missing keys). Frontmatter line `i` is file line `i + 2`.
 */
export function findKeyLine(frontmatter: readonly string[], path: readonly PropertyKey[]): number | undefined {
  let start = 0;
  let end = frontmatter.length;
  let parentIndent = -1;
  let found: number | undefined;
  for (const segment of path) {
    let match = -1;
    if (typeof segment === 'number') {
      let item = -1;
      for (let index = start; index < end; index++) {
        if (/^\s*-(\s|$)/.test(frontmatter[index]) && indentOf(frontmatter[index]) >= parentIndent) item++;
        if (item === segment) {
          match = index;
          break;
        }
      }
    } else {
      const key = new RegExp(`^(\\s*)(["']?)${escapeRegExp(String(segment))}\\2\\s*:`);
      for (let index = start; index < end; index++) {
        const keyMatch = key.exec(frontmatter[index]);
        if (keyMatch && keyMatch[1].length > parentIndent) {
          match = index;
          break;
        }
      }
    }
    if (match === -1) break;
    found = match + 2;
    parentIndent = indentOf(frontmatter[match]);
    start = match + 1;
    end = blockEnd(frontmatter, match, typeof segment === 'number');
  }
  return found;
}

/** Where the block that starts at `line` ends: the next line indented no deeper (list items: the next item). */
function blockEnd(lines: readonly string[], line: number, isItem: boolean): number {
  const indent = indentOf(lines[line]);
  for (let index = line + 1; index < lines.length; index++) {
    const text = lines[index];
    if (text.trim() === '' || text.trim().startsWith('#')) continue;
    if (indentOf(text) < indent || (indentOf(text) === indent && (isItem || !/^\s*-(\s|$)/.test(text)))) return index;
  }
  return lines.length;
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)![0].length;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
