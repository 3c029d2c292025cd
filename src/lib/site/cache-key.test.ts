import { describe, expect, it } from 'vitest';
import { cacheKeyOf, digestOf } from './cache-key.ts';

const entry = (id: string, digest: string | undefined, title: string, body = 'Text.') => ({
  id,
  collection: 'bulletins',
  data: { title },
  body,
  ...(digest === undefined ? {} : { digest }),
});

describe('page cache keys', () => {
  it('stand for each content entry by its digest, not its body', () => {
    // Same digest, different body: Astro's digest is the one source of truth for an entry.
    expect(digestOf({ entry: entry('ky/a', 'd1', 'A', 'one') })).toBe(digestOf({ entry: entry('ky/a', 'd1', 'A', 'two') }));
    expect(digestOf({ entry: entry('ky/a', 'd1', 'A') })).not.toBe(digestOf({ entry: entry('ky/a', 'd2', 'A') }));
  });

  it('hash an entry without a digest by its data and body', () => {
    expect(digestOf([entry('ky/a', undefined, 'A')])).not.toBe(digestOf([entry('ky/a', undefined, 'B')]));
    expect(digestOf([entry('ky/a', undefined, 'A', 'one')])).not.toBe(digestOf([entry('ky/a', undefined, 'A', 'two')]));
  });

  it('change with the neighbours, order and plain values a page is given', () => {
    const [a, b] = [entry('ky/a', 'd1', 'A'), entry('ky/b', 'd2', 'B')];
    expect(digestOf({ list: [a, b] })).not.toBe(digestOf({ list: [b, a] }));
    expect(digestOf({ entry: a, next: b })).not.toBe(digestOf({ entry: a }));
    expect(digestOf({ page: { data: [a], currentPage: 1 } })).not.toBe(digestOf({ page: { data: [a], currentPage: 2 } }));
  });

  it('change with the site-wide data', () => {
    const props = { entry: entry('ky/a', 'd1', 'A') };
    expect(cacheKeyOf(props, 'site-1')).not.toBe(cacheKeyOf(props, 'site-2'));
    expect(cacheKeyOf(props, 'site-1')).toBe(cacheKeyOf({ entry: entry('ky/a', 'd1', 'A') }, 'site-1'));
  });
});
