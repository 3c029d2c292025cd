import { describe, expect, it } from 'vitest';
import { linkSameStories, type StoryFacts } from './same-story.ts';

const bulletin = (id: string, date: string | null, people: string[], organizations: string[] = [], extra: Partial<StoryFacts> = {}): StoryFacts => ({
  id, lang: id.split('/')[0], date, people, organizations, sameStory: [], notSameStory: [], ...extra,
});

describe('same-story links', () => {
  const meeting = ['sadyr-japarov', 'okay-memis', 'ramil-usubov'];

  it('links reports of one meeting in two languages, both ways', () => {
    const links = linkSameStories([bulletin('ky/a', '2025-09-12', meeting, ['ots']), bulletin('tr/b', '2025-09-12', meeting, ['ots'])]);
    expect(links.get('ky/a')).toEqual(['tr/b']);
    expect(links.get('tr/b')).toEqual(['ky/a']);
  });

  it('does not link bulletins in the same language, far apart in time, or sharing too little', () => {
    const links = linkSameStories([
      bulletin('ky/a', '2025-09-12', meeting),
      bulletin('ky/b', '2025-09-12', meeting),
      bulletin('tr/c', '2025-09-20', meeting),
      bulletin('uz/d', '2025-09-12', ['sadyr-japarov']),
      bulletin('ru/e', null, meeting),
    ]);
    expect(links.size).toBe(0);
  });

  it('links one person and one organization within two days', () => {
    const links = linkSameStories([bulletin('ky/a', '2025-09-12', ['hakan-fidan'], ['ots']), bulletin('uz/b', '2025-09-14', ['hakan-fidan'], ['ots'])]);
    expect(links.get('uz/b')).toEqual(['ky/a']);
  });

  it('keeps the best match per language', () => {
    const links = linkSameStories([
      bulletin('ky/a', '2025-09-12', meeting, ['ots']),
      bulletin('tr/weak', '2025-09-12', meeting.slice(0, 2)),
      bulletin('tr/strong', '2025-09-12', meeting, ['ots']),
    ]);
    expect(links.get('ky/a')).toEqual(['tr/strong']);
  });

  it('obeys maintainers: a forced link from either side, a forbidden one from either side', () => {
    const links = linkSameStories([
      bulletin('ky/a', '2025-09-12', meeting, [], { notSameStory: ['tr/b'] }),
      bulletin('tr/b', '2025-09-12', meeting),
      bulletin('uz/c', '2021-01-01', [], [], { sameStory: ['ky/a', 'ru/missing'] }),
    ]);
    expect(links.get('ky/a')).toEqual(['uz/c']);
    expect(links.get('uz/c')).toEqual(['ky/a']);
    expect(links.get('tr/b')).toBeUndefined();
  });
});
