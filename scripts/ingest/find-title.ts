/**
 * The title of a bulletin: the text's own headline when its first line is one, else a short title
 * cut from the lead sentence. The headline line is taken out of the body so it is not shown twice.
 */
export interface TitleFinding {
  title: string;
  source: 'headline' | 'lead';
  /** The body without the headline line. */
  body: string;
}

/** Derived titles stay readable in listings and feed readers. */
const MAX_DERIVED_LENGTH = 110;
const MIN_HEADLINE_LENGTH = 12;
const MAX_HEADLINE_LENGTH = 250;

/** A dateline opening the lead: `Бишкек, 19.05.21. /Кабар/.`, `ASTANA. Kazinform -`, `ТОШКЕНТ, 26 дек – Sputnik.` */
const LEADING_DATELINE = /^\p{Lu}[\p{L}-]*(?:[ ,.]+[\d.\/]+\.?)?[ ,.]*(?:\/[^/\n]{1,40}\/\.?|\p{L}[\p{L} ]{0,30}\s[-–—])\s*/u;

export function findTitle(text: string): TitleFinding {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const firstLine = first === -1 ? '' : lines[first].trim();
  const rest = lines.slice(first + 1).join('\n').trim();

  if (first !== -1 && rest !== '' && looksLikeHeadline(firstLine)) {
    return { title: firstLine, source: 'headline', body: rest };
  }
  return { title: deriveFromLead(firstLine), source: 'lead', body: text.trim() };
}

function looksLikeHeadline(line: string): boolean {
  if (line.length < MIN_HEADLINE_LENGTH || line.length > MAX_HEADLINE_LENGTH) return false;
  // Sentences of a lead end in a full stop, colon or comma; headlines do not.
  if (/[.:;,…]$/u.test(line)) return false;
  return /\p{L}/u.test(line);
}

function deriveFromLead(line: string): string {
  const lead = line.replace(LEADING_DATELINE, '').trim() || line;
  const sentence = lead.match(/^.+?[.!?](?=\s|$)/u)?.[0] ?? lead;
  const bare = sentence.replace(/[.]$/u, '');
  if (bare.length <= MAX_DERIVED_LENGTH) return bare;
  const cut = bare.slice(0, MAX_DERIVED_LENGTH + 1);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > 40 ? cut.slice(0, boundary) : cut.slice(0, MAX_DERIVED_LENGTH)).replace(/[\s,;:–—-]+$/u, '')}…`;
}
