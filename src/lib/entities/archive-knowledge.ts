import { compileGazetteer, findEntities, type CompiledGazetteer } from './find-entities.ts';
import type { EntityKind, Gazetteer } from '../content/gazetteer-schema.ts';
import { forEachWord } from '../text/text.ts';
import { plainTextFromMarkdown } from '../text/plain-text.ts';
import { groupStories, storyKey, type Story, type StoryThresholds } from './stories.ts';

/**
 * What the archive knows of its bulletins, worked out at build time from their text: the gazetteer
 * entities each names, and the stories they group into. Entities are found in the text on every
 * build (besides those the frontmatter lists, which editors may add by hand), so a name accepted
 * into the gazetteer tags every earlier bulletin that writes it without ingesting anything again.
 * The build, `npm run eval:stories` and `npm run names` all read the archive through this one module.
 */
export interface KnowledgeInput {
  id: string;
  lang: string;
  date: string | null;
  /** For an undated bulletin, the day ingest saw it. */
  ingested?: string | null;
  title: string;
  /** The entry's Markdown body. */
  body: string;
  people: readonly string[];
  organizations: readonly string[];
  countries: readonly string[];
  sameStory: readonly string[];
  notSameStory: readonly string[];
}

export interface BulletinKnowledge {
  people: string[];
  organizations: string[];
  countries: string[];
  /** Per entity (`<kind>:<id>`), the forms this text writes it in. */
  variants: Record<string, string[]>;
  /** Runs of capitalised words the gazetteer does not know (for the names report). */
  unknownNames: string[];
}

export interface ArchiveKnowledge {
  bulletins: Map<string, BulletinKnowledge>;
  stories: Story[];
  /** A bulletin's story, by bulletin id. */
  storyOf: Map<string, Story>;
}

const union = (listed: readonly string[], found: readonly string[]) => [...new Set([...listed, ...found])];

/** The title and plain text of a bulletin, as names and stories read it. */
export function bulletinText(input: Pick<KnowledgeInput, 'title' | 'body'>): string {
  return `${input.title}\n${plainTextFromMarkdown(input.body)}`;
}

export function knowBulletin(input: KnowledgeInput, gazetteer: CompiledGazetteer): BulletinKnowledge {
  const found = findEntities(bulletinText(input), input.lang, gazetteer);
  return {
    people: union(input.people, found.people),
    organizations: union(input.organizations, found.organizations),
    countries: union(input.countries, found.countries),
    variants: found.variants,
    unknownNames: found.unknownNames,
  };
}

/** The story keys of every word of every name of each entity, by `<kind>:<id>`. */
function entityWordKeys(gazetteer: Gazetteer): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const kind of ['person', 'organization', 'country', 'place'] as EntityKind[]) {
    for (const entity of gazetteer[kind]) {
      const words = new Set<string>();
      for (const name of Object.values(entity.names).flat()) forEachWord(name, (start, end) => words.add(storyKey(name.slice(start, end))));
      keys.set(`${kind}:${entity.id}`, words);
    }
  }
  return keys;
}

export function knowArchive(inputs: readonly KnowledgeInput[], gazetteer: Gazetteer, thresholds?: StoryThresholds): ArchiveKnowledge {
  const compiled = compileGazetteer(gazetteer);
  const wordsOf = entityWordKeys(gazetteer);
  const bulletins = new Map(inputs.map((input) => [input.id, knowBulletin(input, compiled)]));
  const stories = groupStories(
    inputs.map((input) => {
      const known = bulletins.get(input.id)!;
      const entities = [
        ...known.people.map((id) => `person:${id}`),
        ...known.organizations.map((id) => `organization:${id}`),
        ...known.countries.map((id) => `country:${id}`),
      ];
      return {
        id: input.id,
        lang: input.lang,
        day: input.date ?? input.ingested ?? null,
        text: bulletinText(input),
        entities,
        entityWords: new Set(entities.flatMap((entity) => [...(wordsOf.get(entity) ?? [])])),
        sameStory: input.sameStory,
        notSameStory: input.notSameStory,
      };
    }),
    thresholds,
  );
  const storyOf = new Map(stories.flatMap((story) => story.members.map((id) => [id, story] as const)));
  return { bulletins, stories, storyOf };
}
