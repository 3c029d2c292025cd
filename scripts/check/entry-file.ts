import matter from 'gray-matter';

/**
 * Reads an entry file the way the build does (YAML frontmatter between `---` lines, then Markdown)
 * and remembers where each key is written, so a problem can name the line to edit.
 */
export type EntryFile =
  | { ok: true; data: Record<string, unknown>; keyLine: (path: readonly PropertyKey[]) => number | undefined }
  | { ok: false; line: number; message: string; fix: string };

const DELIMITER = /^---\s*$/;

export function parseEntryFile(text: string): EntryFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!DELIMITER.test(lines[0] ?? '')) {
    return { ok: false, line: 1, message: 'the file has no frontmatter', fix: 'start it with a line "---", the frontmatter keys, and another "---", as ingest writes them' };
  }
  const close = lines.findIndex((line, index) => index > 0 && DELIMITER.test(line));
  if (close === -1) {
    return { ok: false, line: 1, message: 'the frontmatter is never closed', fix: 'add a line "---" after the last frontmatter key' };
  }

  let data: unknown;
  try {
    // Options bypass gray-matter's cache, which would hand back one parse for files with equal text.
    data = matter(text.replace(/^\uFEFF/, ''), {}).data;
  } catch (error) {
    const yamlError = error as { reason?: string; message: string; mark?: { line: number } };
    // The YAML gray-matter parses starts with the line break after the opening `---`.
    const line = yamlError.mark ? Math.min(yamlError.mark.line + 1, close + 1) : 1;
    return {
      ok: false,
      line,
      message: `the frontmatter is not valid YAML: ${yamlError.reason ?? yamlError.message.split('\n')[0]}`,
      fix: 'quote a value that contains ": ", "#" or starts with a quote or bracket, e.g. title: "A: B"',
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, line: 2, message: 'the frontmatter is not a list of "key: value" lines', fix: 'write one "key: value" per line' };
  }
  const frontmatter = lines.slice(1, close);
  return { ok: true, data: data as Record<string, unknown>, keyLine: (path) => findKeyLine(frontmatter, path) };
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
