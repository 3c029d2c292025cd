import { satteri } from '@astrojs/markdown-satteri';
import { readFrontmatter } from './frontmatter.ts';

/**
 * The Markdown processor of the whole site (astro.config.mjs) and of bulletin bodies. Quotes and
 * dashes stay exactly as the bulletin wrote them, and GFM stays off: bulletins use no tables or
 * footnotes, and its autolinks would turn a URL quoted in a text into a live link whatever ingest
 * escapes (they act on the parsed text).
 */
export const markdownProcessor = satteri({ features: { smartPunctuation: false, gfm: false } });

let renderer: ReturnType<typeof markdownProcessor.createRenderer> | undefined;

/**
 * A bulletin body as HTML. Bulletins are rendered when their page is, not kept rendered in Astro's
 * content store (see src/build/bulletin-loader.ts); Astro's own defaults apply, as they do to
 * the Markdown it renders itself.
 */
export async function markdownToHtml(body: string): Promise<string> {
  renderer ??= markdownProcessor.createRenderer({});
  return (await (await renderer).render(body)).code;
}

/** The Markdown after a file's frontmatter (the build checked that it has one). */
export function markdownBodyOf(fileText: string): string {
  const frontmatter = readFrontmatter(fileText);
  return frontmatter.ok ? frontmatter.body : fileText;
}
