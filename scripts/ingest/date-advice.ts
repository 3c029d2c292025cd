/**
 * What a date warning tells the maintainer to do. Ingest has moved the text out of the inbox by the
 * time anyone reads the warning, so a header line added to it no longer helps: the advice names
 * the command that dates the entry ingest wrote (`--redate`, scripts/ingest/redate.ts). Analysis
 * does not know the entry's path yet; it writes ENTRY, which planEntry replaces with the path.
 */
export const ENTRY = '<entry>';

export const REDATE_COMMAND = 'npm run ingest -- --redate';

export const DATE_ADVICE = `give the entry its date with \`${REDATE_COMMAND} ${ENTRY} YYYY-MM-DD\``;

/** A warning with the entry's path in place of ENTRY. */
export function withEntryPath(warning: string, entryPath: string): string {
  return warning.replaceAll(ENTRY, entryPath);
}

/** Whether a review point is one of the date warnings, which a redate answers. */
export function isDateReviewPoint(point: string): boolean {
  return point.includes(REDATE_COMMAND);
}
