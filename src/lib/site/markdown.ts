import { satteri } from '@astrojs/markdown-satteri';
import { markdownToHtml as renderWithoutPlugins } from 'satteri';
import { splitFrontmatter } from '../content/frontmatter.ts';

/**
 * Quotes and dashes stay exactly as the bulletin wrote them, and GFM stays off: bulletins use no
 * tables or footnotes, and its autolinks would turn a URL quoted in a text into a live link whatever
 * ingest escapes (they act on the parsed text).
 */
const features = { smartPunctuation: false, gfm: false };

/** The Markdown processor of the whole site (astro.config.mjs) and of bulletin bodies. */
export const markdownProcessor = satteri({ features });

/**
 * No syntax highlighting: neither pages nor bulletins show code, and Shiki, Astro's default, writes
 * inline styles the site's Content-Security-Policy does not allow (Astro warns about it at every build).
 */
export const markdownOptions = { syntaxHighlight: false } as const;

let renderer: ReturnType<typeof markdownProcessor.createRenderer> | undefined;

/**
 * A bulletin body as HTML. Bulletins are rendered when their page is, not kept rendered in Astro's
 * content store (see scripts/assemble/bulletin-loader.ts), with the options of the Markdown Astro
 * renders itself.
 *
 * Astro's processor runs plugins over every text, and only headings (their ids) and images feel
 * them, which ingest never writes (it escapes `#` and `!`); without plugins Sätteri renders a text
 * in one native call, the same HTML in half the time (all 10,019 bodies of a synthetic archive
 * and of content/ compared). A text whose HTML has a heading or an image goes through the plugins.
 */
export async function markdownToHtml(body: string): Promise<string> {
  const { html } = renderWithoutPlugins(body, { features });
  if (!/<(h[1-6]|img)[\s>/]/i.test(html)) return html;
  renderer ??= markdownProcessor.createRenderer(markdownOptions);
  return (await (await renderer).render(body)).code;
}

/** The Markdown after a file's frontmatter (the build checked that it has one). */
export function markdownBodyOf(fileText: string): string {
  const split = splitFrontmatter(fileText);
  return split.ok ? split.body : fileText;
}
