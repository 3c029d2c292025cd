/**
 * What `npm run check` tells people: one line per problem, `path:line: message (how to fix)`, the
 * form editors and CI logs turn into links. Errors fail the check; warnings do not, but each asks
 * for something to be done. A point ingest left in an entry's `review` list is neither: it is kept
 * for whoever reads the entry, counted on one line and listed on request (`--review`), since the
 * same points printed on every build would teach everyone to skip what the check prints.
 */
export interface Problem {
  severity: 'error' | 'warning' | 'review';
  /** Path of the file, as it should be shown (relative to where the command runs). */
  file: string;
  /** 1-based line of the offending key, when it can be found. */
  line?: number;
  /** 1-based column, where the place within the line helps (a JSON syntax mistake). */
  column?: number;
  /** Other checks could not run because of it (a gazetteer that cannot be read): it is printed before every other problem. */
  blocking?: boolean;
  message: string;
  fix: string;
}

export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.line && problem.column].filter(Boolean).join(':');
  const label = problem.severity === 'warning' ? 'warning: ' : problem.severity === 'review' ? 'to review: ' : '';
  return `${where}: ${label}${problem.message} (${problem.fix})`;
}

const RANK: Record<Problem['severity'], number> = { error: 0, warning: 1, review: 2 };

/** Blocking problems first, then errors, warnings and review points, each by file and line, so a report reads top to bottom like the files. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      Number(Boolean(b.blocking)) - Number(Boolean(a.blocking)) ||
      RANK[a.severity] - RANK[b.severity] ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

/** The lines of a report: every error and warning; review points listed when asked for, else counted on one line; then the counts. */
export function reportLines(problems: readonly Problem[], counts: { bulletins: number; originals: number }, options: { listReview?: boolean } = {}): string[] {
  const review = problems.filter((problem) => problem.severity === 'review');
  const lines = problems.filter((problem) => problem.severity !== 'review' || options.listReview).map(formatProblem);
  if (review.length && !options.listReview) {
    const entries = new Set(review.map((problem) => problem.file)).size;
    lines.push(`${plural(entries, 'bulletin')} ${entries === 1 ? 'has' : 'have'} open review points: npm run check -- --review lists them`);
  }
  return [...lines, summarize(problems, counts)];
}

export function summarize(problems: readonly Problem[], counts: { bulletins: number; originals: number }): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.filter((problem) => problem.severity === 'warning').length;
  const checked = `checked ${plural(counts.bulletins, 'bulletin')} and ${plural(counts.originals, 'original')}`;
  if (errors) return `${checked}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}; fix the errors before merging`;
  return `${checked}: no errors${warnings ? `, ${plural(warnings, 'warning')}` : ''}`;
}

function plural(count: number, noun: string) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
