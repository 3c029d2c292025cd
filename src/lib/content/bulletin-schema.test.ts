import { describe, expect, it } from 'vitest';
import { bulletinSchema, isoDate } from './bulletin-schema.ts';

const valid = {
  title: 'Министр катышты',
  lang: 'ky',
  script: 'Cyrl',
  date: '2021-05-19',
  original: { path: 'originals/ky/x.txt', submittedAs: 'x.txt', sha256: 'a'.repeat(64), encoding: 'utf-8' },
};

describe('bulletin schema', () => {
  it('accepts a complete bulletin and fills defaults', () => {
    const parsed = bulletinSchema.parse(valid);
    expect(parsed.people).toEqual([]);
    expect(parsed.titleSource).toBe('maintainer');
  });
  it('rejects impossible days and wrong formats with a readable message', () => {
    expect(isoDate.safeParse('2025-02-30').success).toBe(false);
    const result = bulletinSchema.safeParse({ ...valid, date: '19.05.21' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toContain('YYYY-MM-DD');
  });
  it('rejects an unknown script', () => {
    expect(bulletinSchema.safeParse({ ...valid, script: 'Grek' }).success).toBe(false);
  });
});
