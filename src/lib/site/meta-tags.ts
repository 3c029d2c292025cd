/**
 * `<meta>` tags whose content comes from bulletins (titles, summaries). Astro escapes only `&` and
 * `"` in attribute values; a title such as `<script>…` is harmless there, but the archive's rule is
 * that a text's markup never appears anywhere in a page's source, so these escape `<` and `>` too.
 */
function escapeAttribute(value: string): string {
  return value.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** `[['property', 'og:title', 'A title'], ['name', 'description', '…']]` as HTML. */
export function metaTagsHtml(tags: readonly (readonly ['name' | 'property', string, string])[]): string {
  return tags.map(([attribute, key, content]) => `<meta ${attribute}="${escapeAttribute(key)}" content="${escapeAttribute(content)}">`).join('');
}
