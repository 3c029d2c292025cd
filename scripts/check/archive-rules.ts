import type { EntityKind } from '../../src/lib/content/gazetteer-schema.ts';
import type { ValidEntry } from './entry-rules.ts';
import type { Problem } from './problems.ts';

/**
 * Checks across entries: duplicates, links between entries, references into the gazetteer and the
 * preserved originals. Pure: the caller reads the files and passes what it found.
 */
export interface ArchiveFacts {
  /** Ids defined by each gazetteer file entries refer to; null for a file that cannot be read, whose ids are unknown. */
  gazetteer: Record<Exclude<EntityKind, 'place'>, { file: string; exists: boolean; ids: Set<string> | null }>;
  /** Every file under `originals/` (path relative to the content folder) → SHA-256 of its bytes. */
  originals: Map<string, string>;
  /** Originals named by entries that failed their own checks: not orphans, only not checked here. */
  originalsOfInvalidEntries: ReadonlySet<string>;
  /** How to show a path relative to the content folder in messages. */
  displayPath: (contentRelative: string) => string;
}

const ENTITY_KEYS = [
  ['people', 'person'],
  ['organizations', 'organization'],
  ['countries', 'country'],
] as const;

export function checkArchive(entries: readonly ValidEntry[], facts: ArchiveFacts): Problem[] {
  const problems: Problem[] = [];
  const report = (entry: ValidEntry, path: readonly PropertyKey[], severity: Problem['severity'], message: string, fix: string) =>
    problems.push({ severity, file: entry.file, line: entry.keyLine(path) ?? entry.keyLine(path.slice(0, 1)), message, fix });

  const firstById = new Map<string, ValidEntry>();
  const firstByHash = new Map<string, ValidEntry>();
  const firstByOriginal = new Map<string, ValidEntry>();
  for (const entry of entries) {
    const sameId = firstById.get(entry.id);
    if (sameId) report(entry, ['lang'], 'error', `its id ${entry.id} (and page) is also ${sameId.file}'s`, 'rename one of the files or correct its "lang"');
    else firstById.set(entry.id, entry);

    const sameText = firstByHash.get(entry.data.original.sha256);
    if (sameText)
      report(
        entry,
        ['original', 'sha256'],
        'error',
        `the same original text as ${sameText.file}`,
        'remove the duplicate entry and its original; link translations with "sameStory" instead',
      );
    else firstByHash.set(entry.data.original.sha256, entry);

    const sameOriginal = firstByOriginal.get(entry.data.original.path);
    if (sameOriginal)
      report(
        entry,
        ['original', 'path'],
        'error',
        `${entry.data.original.path} is also the original of ${sameOriginal.file}`,
        'each entry keeps its own original; correct "original.path"',
      );
    else firstByOriginal.set(entry.data.original.path, entry);
  }

  for (const entry of entries) {
    const { original } = entry.data;
    const actual = facts.originals.get(original.path);
    if (actual === undefined) {
      report(
        entry,
        ['original', 'path'],
        'error',
        `its original ${facts.displayPath(original.path)} is missing`,
        'add the original text file to the pull request, as ingest wrote it',
      );
    } else if (actual !== original.sha256) {
      report(
        entry,
        ['original', 'sha256'],
        'error',
        `the bytes of ${facts.displayPath(original.path)} no longer match original.sha256`,
        'originals are kept byte for byte: restore the file as submitted; check that no editor or Git setting changed its line ends or encoding',
      );
    }

    entry.data.sameStory.forEach((id, index) => {
      const other = firstById.get(id);
      if (!other)
        report(
          entry,
          ['sameStory', index],
          'error',
          `sameStory lists ${id}, which is not a bulletin`,
          'correct the id (<lang>/<file name without .md>) or remove it',
        );
      else if (other === entry) report(entry, ['sameStory', index], 'error', 'sameStory lists the entry itself', 'remove it');
      else if (!other.data.sameStory.includes(entry.id)) {
        report(entry, ['sameStory', index], 'warning', `${id} does not list this entry in its sameStory`, `add ${entry.id} to sameStory in ${other.file}`);
      }
    });

    for (const [key, kind] of ENTITY_KEYS) {
      const gazetteer = facts.gazetteer[kind];
      // A file that cannot be read is reported on its own: every id would seem missing from it.
      const { ids } = gazetteer;
      if (!ids) continue;
      entry.data[key].forEach((id, index) => {
        if (!ids.has(id)) {
          report(
            entry,
            [key, index],
            'error',
            `${key} lists "${id}", which is not in the gazetteer ${gazetteer.file}`,
            `add "${id}" with its names to ${gazetteer.file}${gazetteer.exists ? '' : ' (a new file: a JSON list of {"id", "names"})'}, or correct the id`,
          );
        }
      });
    }
  }

  const referenced = new Set(entries.map((entry) => entry.data.original.path));
  for (const original of [...facts.originals.keys()].sort()) {
    if (!referenced.has(original) && !facts.originalsOfInvalidEntries.has(original)) {
      problems.push({
        severity: 'warning',
        file: facts.displayPath(original),
        message: 'no entry refers to this original',
        fix: 'remove it, or restore the entry made from it',
      });
    }
  }
  return problems;
}
