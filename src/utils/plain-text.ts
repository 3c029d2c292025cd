/**
 * The plain text of a bulletin's Markdown body, for the search index: ingest writes paragraphs,
 * `1.`/`-` list items and backslash escapes only, so undoing the escapes and bullets is all it takes.
 */
export function plainTextFromMarkdown(markdown: string): string {
  return markdown
    .replace(/^- /gm, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
