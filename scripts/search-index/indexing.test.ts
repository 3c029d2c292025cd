import { describe, expect, it } from 'vitest';
import { customRecord, SEARCH_INDEX_LANGUAGE } from './indexing.ts';
import type { SearchRecord } from '../../src/lib/search/terms.ts';

const record: SearchRecord = {
  url: '/ky/2025-09-12-a/',
  content: 'Жыйын Бишкекте',
  title: 'Жыйын',
  date: '2025-09-12',
  lang: 'ky',
  language: 'Кыргызча',
  organizations: ['csto', 'sco'],
  countries: ['kyrgyzstan'],
};

describe('the Pagefind record of a bulletin', () => {
  it('indexes its text in the one index language, shows its title, language and date, filters by them, and has no sort key (pf_meta would carry it for every page)', () => {
    expect(customRecord(record)).toEqual({
      url: '/ky/2025-09-12-a/',
      content: 'Жыйын Бишкекте',
      language: SEARCH_INDEX_LANGUAGE,
      meta: { title: 'Жыйын', language: 'Кыргызча', date: '2025-09-12' },
      filters: { language: ['Кыргызча'], year: ['2025'], organization: ['csto', 'sco'], country: ['kyrgyzstan'] },
    });
  });

  it('leaves out the filters and date an undated bulletin without organizations or countries lacks', () => {
    const undated = customRecord({ ...record, date: null, organizations: [], countries: [] });
    expect(undated.meta).toEqual({ title: 'Жыйын', language: 'Кыргызча' });
    expect(undated.filters).toEqual({ language: ['Кыргызча'] });
  });
});
