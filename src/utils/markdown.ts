import { satteri } from '@astrojs/markdown-satteri';
import { splitFrontmatter } from './frontmatter.ts';

/**
 * The Markdown processor of the whole site (astro.config.mjs) and of bulletin bodies. Quotes and
 * dashes stay exactly as the bulletin wrote them, and GFM stays off: bulletins use no tables or
 * footnotes, and its autolinks would turn a URL quoted in a text into a live link whatever ingest
 * escapes (they act on the parsed text).
 */
export const markdownProcessor = satteri({ features: { smartPunctuation: false, gfm: false } });

/**
 * No syntax highlighting: neither pages nor bulletins show code, and Shiki, Astro's default, writes
 * inline styles the site's Content-Security-Policy does not allow (Astro warns about it at every build).
 */
export const markdownOptions = { syntaxHighlight: false } as const;

let renderer: ReturnType<typeof markdownProcessor.createRenderer> | undefined;

/**
 * A bulletin body as HTML. Bulletins are rendered when their page is, not kept rendered in Astro's
 * content store (see src/build/bulletin-loader.ts), with the options of the Markdown Astro
 * renders itself.
 */
export async function markdownToHtml(body: string): Promise<string> {
  renderer ??= markdownProcessor.createRenderer(markdownOptions);
  return (await (await renderer).render(body)).code;
}

/** The Markdown after a file's frontmatter (the build checked that it has one). */
export function markdownBodyOf(fileText: string): string {
  const split = splitFrontmatter(fileText);
  return split.ok ? split.body : fileText;
}
