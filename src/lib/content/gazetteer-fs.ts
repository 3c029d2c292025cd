import { existsSync, readFileSync } from 'node:fs';
import { gazetteerFile, type EntityKind, type Gazetteer, type GazetteerEntity } from './gazetteer-schema.ts';
import { gazetteerFileOf } from './content-layout.ts';

/** The gazetteer maintainers edit, `<content>/gazetteer/*.json`, read and validated for scripts and pages alike. */
export class GazetteerError extends Error {}

/** Reads one kind of entity from `<content>/gazetteer/`; a missing file is an empty list. */
export function loadGazetteer(contentDir: string, kind: EntityKind): GazetteerEntity[] {
  const file = gazetteerFileOf(contentDir, kind);
  if (!existsSync(file)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new GazetteerError(`${file}: not valid JSON (${(error as Error).message}); fix the syntax`);
  }
  const parsed = gazetteerFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GazetteerError(`${file}: at ${issue.path.join('.') || 'top level'}: expected ${issue.message}`);
  }
  return parsed.data;
}

export function loadAllGazetteer(contentDir: string): Gazetteer {
  return {
    person: loadGazetteer(contentDir, 'person'),
    organization: loadGazetteer(contentDir, 'organization'),
    country: loadGazetteer(contentDir, 'country'),
    place: loadGazetteer(contentDir, 'place'),
  };
}
