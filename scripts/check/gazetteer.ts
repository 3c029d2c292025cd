import { gazetteerFile } from '../../src/lib/content/gazetteer-schema.ts';
import type { Problem } from './problems.ts';

/** The gazetteer files entries refer to by id, one per kind of entity. */
/**
 * The entity ids one gazetteer file defines. A missing file (`text` null) defines none; a broken one
 * is an error and defines none either, so every reference to it is reported too.
 */
export function gazetteerIds(file: string, text: string | null): { ids: Set<string>; problems: Problem[] } {
  const ids = new Set<string>();
  if (text === null) return { ids, problems: [] };
  const problem = (message: string, fix: string, line?: number): Problem => ({ severity: 'error', file, line, message, fix });

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ids, problems: [problem(`not valid JSON: ${(error as Error).message}`, 'fix the syntax; a list of {"id": …, "names": {…}} objects')] };
  }
  const parsed = gazetteerFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ids, problems: [problem(`at ${issue.path.join('.') || 'the top level'}: expected ${issue.message}`, 'correct it; src/lib/content/gazetteer-schema.ts describes the format')] };
  }
  const problems: Problem[] = [];
  for (const entity of parsed.data) {
    if (ids.has(entity.id)) problems.push(problem(`the id "${entity.id}" is defined twice`, 'merge the two entries or give one another id', lineOf(text, `"${entity.id}"`)));
    ids.add(entity.id);
  }
  return { ids, problems };
}

function lineOf(text: string, needle: string): number | undefined {
  const index = text.lastIndexOf(needle);
  return index === -1 ? undefined : text.slice(0, index).split('\n').length;
}
