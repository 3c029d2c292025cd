import path from 'node:path';
import type { RemovedBlock } from './page-structure.ts';

/** What ingest tells people: a table on the terminal, or one JSON object for other tools. */
export interface IngestResult {
  input: string;
  status: 'ok' | 'rejected' | 'skipped';
  output: string | null;
  lang: string | null;
  script: string | null;
  date: string | null;
  dateSource: string | null;
  title: string | null;
  /** Page leftovers taken out of the body, per block with its role (navigation, widget, related, …). */
  removed: RemovedBlock[];
  /** Capitalised names the gazetteer does not know, for maintainers to add. */
  unknownNames: string[];
  errors: string[];
  warnings: string[];
}

export function toJson(results: IngestResult[]): string {
  return JSON.stringify(
    {
      results: results.map(({ input, status, output, lang, script, date, title, errors, warnings, dateSource, removed, unknownNames }) => ({
        input,
        status,
        output,
        lang,
        script,
        date,
        title,
        errors,
        warnings,
        dateSource,
        removed,
        unknownNames,
      })),
    },
    null,
    2,
  );
}

const COLUMNS = [
  { head: 'file', width: 28 },
  { head: 'status', width: 8 },
  { head: 'lang', width: 9 },
  { head: 'date (from)', width: 24 },
  { head: 'title', width: 50 },
] as const;

export function toTable(results: IngestResult[]): string {
  const rows = results.map((result) => [
    baseName(result.input),
    result.status,
    result.lang ? `${result.lang}-${result.script}` : '',
    result.date ? `${result.date} (${result.dateSource})` : result.status === 'ok' ? 'none' : '',
    result.title ?? '',
  ]);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => fit(cell, COLUMNS[index].width))
      .join('  ')
      .trimEnd();
  const out = [line(COLUMNS.map((column) => column.head)), line(COLUMNS.map((column) => '-'.repeat(column.width)))];
  results.forEach((result, index) => {
    out.push(line(rows[index]));
    for (const error of result.errors) out.push(`    error: ${error}`);
    for (const warning of result.warnings) out.push(`    warning: ${warning}`);
    if (result.output) out.push(`    → ${result.output}`);
    for (const block of result.removed) out.push(`    removed ${block.role}: ${block.lines.map((text) => JSON.stringify(text)).join(', ')}`);
    if (result.unknownNames.length) out.push(`    names not in content/gazetteer/ yet: ${result.unknownNames.join(', ')}`);
  });
  const count = (status: IngestResult['status']) => results.filter((result) => result.status === status).length;
  out.push('', `${count('ok')} ingested, ${count('skipped')} skipped (already in the archive), ${count('rejected')} rejected`);
  return out.join('\n');
}

function baseName(file: string) {
  return file.split(/[\\/]/).at(-1) ?? file;
}

function fit(text: string, width: number) {
  const characters = [...text];
  return characters.length > width ? `${characters.slice(0, width - 1).join('')}…` : text.padEnd(width);
}

/** A one-line progress bar for long batches, redrawn in place on a terminal. */
export function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

/** Relative to the working folder when inside it, absolute otherwise: both are easy to open. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}
