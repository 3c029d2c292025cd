import { parseGazetteer } from '../../src/lib/content/gazetteer-parse.ts';
import type { Problem } from './problems.ts';

/**
 * The entity ids one gazetteer file defines. A missing file (`text` null) defines none. A file that
 * cannot be read (not JSON, or not the gazetteer's format) defines nothing that can be known: `ids`
 * is null, and its one problem comes first, since entries' ids cannot be checked against it.
 */
export function gazetteerIds(file: string, text: string | null, usedBy: string): { ids: Set<string> | null; problems: Problem[] } {
  if (text === null) return { ids: new Set(), problems: [] };
  const parsed = parseGazetteer(text);
  if (!parsed.ok) {
    const then = usedBy ? `; entries' "${usedBy}" were not checked, as this file could not be read` : '';
    return {
      ids: null,
      problems: [{ severity: 'error', blocking: true, file, line: parsed.line, column: parsed.column, message: parsed.message, fix: `${parsed.fix}${then}` }],
    };
  }
  const ids = new Set<string>();
  const problems: Problem[] = [];
  for (const entity of parsed.entities) {
    if (ids.has(entity.id)) {
      problems.push({
        severity: 'error',
        file,
        line: lineOf(text, `"${entity.id}"`),
        message: `the id "${entity.id}" is defined twice`,
        fix: 'merge the two entries or give one another id',
      });
    }
    ids.add(entity.id);
  }
  return { ids, problems };
}

function lineOf(text: string, needle: string): number | undefined {
  const index = text.lastIndexOf(needle);
  return index === -1 ? undefined : text.slice(0, index).split('\n').length;
}
