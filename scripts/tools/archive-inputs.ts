import { readFileSync } from 'node:fs';
import { bulletinsDir, ENTRY_EXTENSION, entryIdOf } from '../../src/lib/content/content-layout.ts';
import { listFiles } from '../../src/lib/content/files-fs.ts';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { bulletinSchema } from '../../src/lib/content/bulletin-schema.ts';
import type { KnowledgeInput } from '../../src/lib/entities/archive-knowledge.ts';

/**
 * Every entry of a content folder as the archive's knowledge reads it, for the tools that work on a
 * content folder outside a build (`npm run names`, `npm run eval:stories`). An entry that does not
 * parse is skipped with a line naming it: `npm run check` says what is wrong with it.
 */
export function readArchiveInputs(contentDir: string): (KnowledgeInput & { script: string })[] {
  const inputs: (KnowledgeInput & { script: string })[] = [];
  for (const file of listFiles(bulletinsDir(contentDir), ENTRY_EXTENSION)) {
    const frontmatter = readFrontmatter(readFileSync(file, 'utf8'));
    const data = frontmatter.ok ? bulletinSchema.safeParse(frontmatter.data) : null;
    if (!frontmatter.ok || !data?.success) {
      console.error(`${file}: skipped, its frontmatter does not parse (npm run check says why)`);
      continue;
    }
    const { title, lang, script, date, ingested, people, organizations, countries, sameStory, notSameStory } = data.data;
    inputs.push({
      id: entryIdOf(contentDir, file),
      lang,
      script,
      date,
      ingested,
      title,
      body: frontmatter.body,
      people,
      organizations,
      countries,
      sameStory,
      notSameStory,
    });
  }
  return inputs.sort((a, b) => (a.id < b.id ? -1 : 1));
}
