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

/** The opening of a text, cut at a word boundary, for `<meta name="description">` and link previews. */
export function summaryOf(text: string, maxLength = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
