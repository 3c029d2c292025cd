import { createRequire } from 'node:module';
import type { Bulletin } from './bulletin-schema.ts';
import { writePlainFrontmatter } from './plain-frontmatter.ts';

/**
 * An entry's file text: its frontmatter as YAML between `---` lines, then its Markdown body,
 * exactly as gray-matter's `stringify` (js-yaml 3's `safeDump`, `lineWidth: -1`) writes them, which
 * is what every entry in the archive was written with. The frontmatter is written in the plain shape
 * (src/lib/content/plain-frontmatter.ts) when every value's form is certain, and the whole entry is
 * left to gray-matter when any value is not (a string with a line break or a character js-yaml
 * escapes, a string starting with a digit that could be a number or a time, a value of another
 * kind): the text is the same either way, only its cost differs.
 * src/lib/content/entry-text.test.ts holds it to gray-matter.
 */
export function entryFileText(frontmatter: Bulletin, body: string): string {
  const yaml = writePlainFrontmatter(frontmatter);
  if (yaml === null) return grayMatterText(frontmatter, body);
  return `---\n${yaml}\n---\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

/** What gray-matter writes; loaded on first need, as most runs never need it. */
export function grayMatterText(frontmatter: Bulletin, body: string): string {
  const matter = createRequire(import.meta.url)('gray-matter') as typeof import('gray-matter');
  // A file object, not the body string: given a string, gray-matter first parses it for front matter
  // of its own (a third of the cost), and a body never has any (markdown-body.ts escapes a leading `-`).
  return matter.stringify({ content: body } as never, frontmatter, { lineWidth: -1 } as never);
}
