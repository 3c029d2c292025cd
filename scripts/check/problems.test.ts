import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems, summarize, type Problem } from './problems.ts';

const problem = (severity: Problem['severity'], file: string, line?: number, message = 'wrong'): Problem => ({ severity, file, line, message, fix: 'fix it' });

describe('what npm run check prints', () => {
  it('one line per problem, path:line: message (fix), warnings labelled, the line left out when unknown', () => {
    expect(formatProblem(problem('error', 'bulletins/ky/a.md', 7))).toBe('bulletins/ky/a.md:7: wrong (fix it)');
    expect(formatProblem(problem('warning', 'bulletins/ky/a.md', 3))).toBe('bulletins/ky/a.md:3: warning: wrong (fix it)');
    expect(formatProblem(problem('error', 'originals/ky/a.txt'))).toBe('originals/ky/a.txt: wrong (fix it)');
  });

  it('errors first, then by file, line and message, without reordering its input', () => {
    const input = [
      problem('warning', 'a.md', 1),
      problem('error', 'b.md', 10),
      problem('error', 'b.md', 2, 'second'),
      problem('error', 'b.md', 2, 'first'),
      problem('error', 'a.md'),
    ];
    const copy = [...input];
    expect(sortProblems(input).map((p) => `${p.severity} ${p.file}:${p.line ?? '-'} ${p.message}`)).toEqual([
      'error a.md:- wrong',
      'error b.md:2 first',
      'error b.md:2 second',
      'error b.md:10 wrong',
      'warning a.md:1 wrong',
    ]);
    expect(input).toEqual(copy);
  });

  it('a summary that counts, says whether to fix anything, and gets singulars right', () => {
    const counts = { bulletins: 1, originals: 2 };
    expect(summarize([], counts)).toBe('checked 1 bulletin and 2 originals: no errors');
    expect(summarize([problem('warning', 'a.md')], counts)).toBe('checked 1 bulletin and 2 originals: no errors, 1 warning to review');
    expect(summarize([problem('error', 'a.md'), problem('error', 'b.md'), problem('warning', 'a.md')], counts)).toBe(
      'checked 1 bulletin and 2 originals: 2 errors, 1 warning; fix the errors before merging',
    );
  });
});
