/** One run's figures by name: seconds, MB, counts; null where a figure could not be measured. */
export type Figures = Record<string, number | null>;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : +((sorted[middle - 1] + sorted[middle]) / 2).toFixed(2);
}

/**
 * One figure per name for `npm run bench -- --runs R`: a single run's value, or the median of R runs
 * with all R values beside it as `<name>Runs`, in run order. A figure missing in some run has no median.
 */
export function summarizeRuns(runs: Figures[]): Record<string, number | (number | null)[] | null> {
  const summary: Record<string, number | (number | null)[] | null> = {};
  for (const name of Object.keys(runs[0] ?? {})) {
    const values = runs.map((run) => run[name] ?? null);
    const measured = values.filter((value): value is number => value !== null && !Number.isNaN(value));
    summary[name] = measured.length === values.length ? median(measured) : null;
    if (runs.length > 1) summary[`${name}Runs`] = values;
  }
  return summary;
}
