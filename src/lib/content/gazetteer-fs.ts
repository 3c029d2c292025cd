import { existsSync, readFileSync } from 'node:fs';
import type { EntityKind, Gazetteer, GazetteerEntity } from './gazetteer-schema.ts';
import { gazetteerFileOf } from './content-layout.ts';
import { parseGazetteer } from './gazetteer-parse.ts';

/** The gazetteer maintainers edit, `<content>/gazetteer/*.json`, read and validated for scripts and pages alike. */
export class GazetteerError extends Error {}

/** Reads one kind of entity from `<content>/gazetteer/`; a missing file is an empty list. */
export function loadGazetteer(contentDir: string, kind: EntityKind): GazetteerEntity[] {
  const file = gazetteerFileOf(contentDir, kind);
  return existsSync(file) ? gazetteerEntities(file, readFileSync(file, 'utf8')) : [];
}

/** The entities of a gazetteer file's text; a GazetteerError saying `file:line:column: what (fix)` if it cannot be read. */
export function gazetteerEntities(file: string, text: string): GazetteerEntity[] {
  const parsed = parseGazetteer(text);
  if (!parsed.ok) throw new GazetteerError(`${file}:${parsed.line}:${parsed.column}: ${parsed.message} (${parsed.fix})`);
  return parsed.entities;
}

export function loadAllGazetteer(contentDir: string): Gazetteer {
  return {
    person: loadGazetteer(contentDir, 'person'),
    organization: loadGazetteer(contentDir, 'organization'),
    country: loadGazetteer(contentDir, 'country'),
    place: loadGazetteer(contentDir, 'place'),
  };
}
