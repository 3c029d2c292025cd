/**
 * Turns cleaned plain text into the Markdown body of an entry that renders exactly as written:
 * every line is a paragraph, runs of numbered or bulleted lines become lists, and characters that
 * Markdown or HTML would interpret are escaped, so no pasted text becomes markup or live HTML.
 */

const NUMBERED_ITEM = /^(\d{1,3})[.)]\s+(.+)$/u;
const BULLETED_ITEM = /^[•·▪●◦\-–—*]\s+(.+)$/u;

type Block = { kind: 'paragraph'; text: string } | { kind: 'numbered' | 'bulleted'; items: string[]; start: number };

export function toMarkdownBody(text: string): string {
  return `${toBlocks(text).map(renderBlock).join('\n\n')}\n`;
}

function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const numbered = NUMBERED_ITEM.exec(line);
    const bulleted = numbered ? null : BULLETED_ITEM.exec(line);
    const previous = blocks.at(-1);
    if (numbered) {
      if (previous?.kind === 'numbered') previous.items.push(numbered[2]);
      else blocks.push({ kind: 'numbered', items: [numbered[2]], start: Number(numbered[1]) });
    } else if (bulleted) {
      if (previous?.kind === 'bulleted') previous.items.push(bulleted[1]);
      else blocks.push({ kind: 'bulleted', items: [bulleted[1]], start: 1 });
    } else {
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return blocks;
}

function renderBlock(block: Block): string {
  if (block.kind === 'paragraph') return escapeMarkdown(block.text);
  return block.items.map((item, index) => `${block.kind === 'numbered' ? `${block.start + index}.` : '-'} ${escapeMarkdown(item)}`).join('\n');
}

/**
 * Backslash-escapes what CommonMark, GFM and HTML give meaning to. Inline characters are escaped
 * everywhere; characters that only matter at the start of a line (`#`, `>`, `+`, `-`, `=`, `1.`)
 * are escaped there. Entities (`&lt;`) are kept literal by escaping their ampersand. (URLs in a text
 * stay text because the site renders Markdown without GFM autolinks: see astro.config.mjs.)
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\\`*_[\]<>&|~!]/g, (character) => `\\${character}`);
  return inline.replace(/^([#>+=-])/u, '\\$1').replace(/^(\d+)([.)])/u, '$1\\$2');
}
