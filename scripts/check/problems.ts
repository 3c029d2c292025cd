/**
 * What `npm run check` tells people: one line per problem, `path:line: message (how to fix)`, the
 * form editors and CI logs turn into links. Errors fail the check; warnings are points to review.
 */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path of the file, as it should be shown (relative to where the command runs). */
  file: string;
  /** 1-based line of the offending key, when it can be found. */
  line?: number;
  message: string;
  fix: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${label}${problem.message} (${problem.fix})`;
}

/** Errors first, then by file and line, so a report reads top to bottom like the files. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

export function summarize(problems: readonly Problem[], counts: { bulletins: number; originals: number }): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const checked = `checked ${plural(counts.bulletins, 'bulletin')} and ${plural(counts.originals, 'original')}`;
  if (errors) return `${checked}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}; fix the errors before merging`;
  return `${checked}: no errors${warnings ? `, ${plural(warnings, 'warning')} to review` : ''}`;
}

function plural(count: number, noun: string) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
