import { describe, expect, it } from 'vitest';
import { formatProblem, reportLines, sortProblems, summarize, type Problem } from './problems.ts';

const problem = (severity: Problem['severity'], file: string, line?: number, message = 'wrong'): Problem => ({ severity, file, line, message, fix: 'fix it' });

describe('what npm run check prints', () => {
  it('one line per problem, path:line: message (fix), warnings labelled, the line left out when unknown', () => {
    expect(formatProblem(problem('error', 'bulletins/ky/a.md', 7))).toBe('bulletins/ky/a.md:7: wrong (fix it)');
    expect(formatProblem(problem('warning', 'bulletins/ky/a.md', 3))).toBe('bulletins/ky/a.md:3: warning: wrong (fix it)');
    expect(formatProblem(problem('error', 'originals/ky/a.txt'))).toBe('originals/ky/a.txt: wrong (fix it)');
    expect(formatProblem({ ...problem('error', 'gazetteer/people.json', 4), column: 12 })).toBe('gazetteer/people.json:4:12: wrong (fix it)');
    expect(formatProblem(problem('review', 'bulletins/ky/a.md', 30, 'check the place'))).toBe('bulletins/ky/a.md:30: to review: check the place (fix it)');
  });

  it('blocking problems first, then errors, warnings and review points, by file, line and message, without reordering its input', () => {
    const input = [
      problem('review', 'a.md', 1),
      { ...problem('error', 'z.json', 3), blocking: true },
      problem('warning', 'a.md', 1),
      problem('error', 'b.md', 10),
      problem('error', 'b.md', 2, 'second'),
      problem('error', 'b.md', 2, 'first'),
      problem('error', 'a.md'),
    ];
    const copy = [...input];
    expect(sortProblems(input).map((p) => `${p.severity} ${p.file}:${p.line ?? '-'} ${p.message}`)).toEqual([
      'error z.json:3 wrong',
      'error a.md:- wrong',
      'error b.md:2 first',
      'error b.md:2 second',
      'error b.md:10 wrong',
      'warning a.md:1 wrong',
      'review a.md:1 wrong',
    ]);
    expect(input).toEqual(copy);
  });

  it('a summary that counts, says whether to fix anything, and gets singulars right', () => {
    const counts = { bulletins: 1, originals: 2 };
    expect(summarize([], counts)).toBe('checked 1 bulletin and 2 originals: no errors');
    expect(summarize([problem('warning', 'a.md')], counts)).toBe('checked 1 bulletin and 2 originals: no errors, 1 warning');
    expect(summarize([problem('review', 'a.md')], counts)).toBe('checked 1 bulletin and 2 originals: no errors');
    expect(summarize([problem('error', 'a.md'), problem('error', 'b.md'), problem('warning', 'a.md')], counts)).toBe(
      'checked 1 bulletin and 2 originals: 2 errors, 1 warning; fix the errors before merging',
    );
  });

  it('review points: one line counting the entries that have them, or each listed when asked', () => {
    const counts = { bulletins: 3, originals: 3 };
    const problems = sortProblems([
      problem('review', 'a.md', 30, 'check the place'),
      problem('review', 'a.md', 31, 'check the title'),
      problem('review', 'b.md', 29, 'check the date'),
      problem('warning', 'c.md', 5),
    ]);
    expect(reportLines(problems, counts)).toEqual([
      'c.md:5: warning: wrong (fix it)',
      '2 bulletins have open review points: npm run check -- --review lists them',
      'checked 3 bulletins and 3 originals: no errors, 1 warning',
    ]);
    expect(reportLines(problems.slice(3), counts)[0]).toBe('1 bulletin has open review points: npm run check -- --review lists them');
    expect(reportLines(problems, counts, { listReview: true })).toEqual([
      'c.md:5: warning: wrong (fix it)',
      'a.md:30: to review: check the place (fix it)',
      'a.md:31: to review: check the title (fix it)',
      'b.md:29: to review: check the date (fix it)',
      'checked 3 bulletins and 3 originals: no errors, 1 warning',
    ]);
    expect(reportLines([], counts)).toEqual(['checked 3 bulletins and 3 originals: no errors']);
  });
});
