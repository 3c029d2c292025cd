import { parseIsoDay } from '../dates/dates.ts';

/**
 * Which bulletins report the same event in other languages. Two bulletins in different languages
 * are one story when they were published at most `MAX_DAYS_APART` apart and name the same people
 * (two or more), or one person and one organization. Maintainers override both ways in the
 * frontmatter (`sameStory`, `notSameStory`, on either side). Each bulletin keeps at most one link per
 * other language: the one that shares most.
 */
export interface StoryFacts {
  id: string;
  lang: string;
  date: string | null;
  people: readonly string[];
  organizations: readonly string[];
  sameStory: readonly string[];
  notSameStory: readonly string[];
}

const MAX_DAYS_APART = 2;
const DAY = 86_400_000;
const FORCED = Number.POSITIVE_INFINITY;

function shared(a: readonly string[], b: readonly string[]): number {
  return a.filter((value) => b.includes(value)).length;
}

function storyScore(a: StoryFacts, b: StoryFacts): number {
  const people = shared(a.people, b.people);
  const organizations = shared(a.organizations, b.organizations);
  return people >= 2 || (people >= 1 && organizations >= 1) ? people * 2 + organizations : 0;
}

export function linkSameStories(bulletins: readonly StoryFacts[]): Map<string, string[]> {
  const byId = new Map(bulletins.map((bulletin) => [bulletin.id, bulletin]));
  const forbidden = new Set<string>();
  const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  for (const bulletin of bulletins) for (const other of bulletin.notSameStory) forbidden.add(pairKey(bulletin.id, other));

  const candidates = new Map<string, { id: string; lang: string; score: number }[]>();
  const offer = (from: StoryFacts, to: StoryFacts, score: number) => {
    if (from.lang === to.lang || forbidden.has(pairKey(from.id, to.id))) return;
    const list = candidates.get(from.id) ?? [];
    candidates.set(from.id, list);
    const existing = list.find((candidate) => candidate.id === to.id);
    if (existing) existing.score = Math.max(existing.score, score);
    else list.push({ id: to.id, lang: to.lang, score });
  };

  for (const bulletin of bulletins) {
    for (const otherId of bulletin.sameStory) {
      const other = byId.get(otherId);
      if (other) {
        offer(bulletin, other, FORCED);
        offer(other, bulletin, FORCED);
      }
    }
  }

  // Compare each dated bulletin with those published within the window after it (sorted by day).
  const dated = bulletins.filter((bulletin) => bulletin.date).map((bulletin) => ({ bulletin, day: parseIsoDay(bulletin.date!).getTime() }));
  dated.sort((a, b) => a.day - b.day);
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length && dated[j].day - dated[i].day <= MAX_DAYS_APART * DAY; j++) {
      const score = storyScore(dated[i].bulletin, dated[j].bulletin);
      if (score > 0) {
        offer(dated[i].bulletin, dated[j].bulletin, score);
        offer(dated[j].bulletin, dated[i].bulletin, score);
      }
    }
  }

  const links = new Map<string, string[]>();
  for (const [id, list] of candidates) {
    const bestPerLanguage = new Map<string, { id: string; score: number }>();
    for (const candidate of list) {
      const best = bestPerLanguage.get(candidate.lang);
      if (!best || candidate.score > best.score || (candidate.score === best.score && candidate.id < best.id)) bestPerLanguage.set(candidate.lang, candidate);
    }
    links.set(id, [...bestPerLanguage.values()].map((candidate) => candidate.id).sort());
  }
  return links;
}
