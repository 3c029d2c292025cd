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
  const flat = flatOpening(text, maxLength);
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * The text with its runs of white space as single spaces and trimmed, or, for a long text, an
 * opening of it that is longer than `maxLength` and begins the same: a summary needs no more, and
 * flattening every bulletin's whole body for its 160 characters was most of its page's text work.
 */
function flatOpening(text: string, maxLength: number): string {
  for (let end = maxLength * 4; end < text.length; end *= 2) {
    // The cut may fall inside a run of spaces or a surrogate pair: both stay past the first maxLength + 1 characters.
    const opening = text.slice(0, end).replace(/\s+/g, ' ').trimStart();
    if (opening.length > maxLength + 2) return opening;
  }
  return text.replace(/\s+/g, ' ').trim();
}
