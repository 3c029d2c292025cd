/**
 * Removes what a copy from a news page drags along besides the article: currency tickers, category
 * and comment counters, comment, share and search widgets, and related-news lists. Works line by
 * line and only on lines that can never be article prose; everything removed is returned so the
 * report can list it (the preserved original keeps it anyway).
 */
export interface Cleaned {
  text: string;
  removed: string[];
}

/** Whole-line interface phrases, lower-cased, in the archive's languages. */
const WIDGET_PHRASES = new Set([
  // ky
  'пикир', 'пикирлер', 'пикир калтыруу', 'бөлүшүү', 'издөө',
  // ru
  'комментарий', 'комментарии', 'оставить комментарий', 'написать комментарий', 'поделиться', 'версия для печати',
  'подписывайтесь', 'поиск',
  // kk
  'пікір', 'пікірлер', 'пікір қалдыру', 'бөлісу', 'іздеу',
  // uz
  'изоҳ', 'изоҳлар', 'изоҳ қолдиринг', 'улашиш', 'қидириш', 'izoh', 'izohlar', 'izoh qoldiring', 'ulashish', 'qidirish', 'fikr bildirish',
  // tr, az, tk
  'yorum', 'yorumlar', 'yorum yap', 'yorum yaz', 'paylaş', 'şərh', 'şərhlər', 'şərh yaz', 'axtar', 'teswir', 'teswirler', 'paýlaş', 'gözleg',
  // en
  'comment', 'comments', 'leave a comment', 'share', 'print', 'search', 'your browser doesn’t support html5', "your browser doesn't support html5",
]);

/** Headings of a related-news list, lower-cased; the short link lines under them go too. */
const RELATED_HEADINGS = new Set([
  'тектеш', 'окшош жаңылыктар', 'тектеш жаңылыктар', 'башка жаңылыктар',
  'читайте также', 'также по теме', 'по теме', 'похожие новости', 'другие новости',
  'ұқсас жаңалықтар', "o'xshash yangiliklar", 'oʻxshash yangiliklar', 'ўхшаш янгиликлар',
  'ilgili haberler', 'benzer haberler', 'oxşar xəbərlər', 'related news', 'read also', 'related',
]);
/** A related link is a headline, perhaps with a teaser cut short (`Он...`); an article sentence is longer or ends in a full stop. */
const MAX_LINK_WORDS = 20;
const MAX_LINKS = 10;

/** A ticker line: a number, perhaps with a bullet, sign, currency or percent (`• 86.5`, `USD 87,45`). */
const TICKER_LINE = /^[\s•·*▲▼↑↓+\-–]*(?:[A-Z]{3}\s*)?[$€₽₸£]?\s*[+-]?\d+(?:[.,]\d+)?\s*%?\s*(?:[A-Z]{3})?\s*$/u;

/** A category label with a comment or view counter (`Саясат 0`, `Politika 12`): at most three words and a number. */
const CATEGORY_COUNTER_LINE = /^\p{Lu}\p{L}*(?:[ -]\p{L}+){0,2}\s+\d{1,6}$/u;

export function cleanLeftovers(text: string): Cleaned {
  const removed: string[] = [];
  const kept: string[] = [];
  let linksToGo = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (linksToGo > 0 && isRelatedLink(trimmed)) {
      linksToGo--;
      removed.push(trimmed);
    } else if (isRelatedHeading(trimmed)) {
      linksToGo = MAX_LINKS;
      removed.push(trimmed);
    } else {
      linksToGo = 0;
      if (isLeftover(trimmed)) removed.push(trimmed);
      else kept.push(line);
    }
  }
  return { text: kept.join('\n').replace(/\n{3,}/g, '\n\n').trim(), removed };
}

function isLeftover(line: string): boolean {
  if (line === '') return false;
  if (TICKER_LINE.test(line)) return true;
  if (CATEGORY_COUNTER_LINE.test(line)) return true;
  return WIDGET_PHRASES.has(phraseOf(line));
}

function isRelatedHeading(line: string): boolean {
  return line !== '' && RELATED_HEADINGS.has(phraseOf(line));
}

function isRelatedLink(line: string): boolean {
  const words = line.match(/[\p{L}\p{M}\d]+/gu)?.length ?? 0;
  return words > 0 && words <= MAX_LINK_WORDS && !/(?<![.])\.["»”)]*$/u.test(line);
}

/** The line lower-cased, without a trailing counter or colon: `Yorumlar (3)`, `Поделиться:`. */
function phraseOf(line: string): string {
  return line.toLocaleLowerCase().replace(/(?:\s*[:.]|\s*\(\d+\)|\s+\d+)+$/u, '').replace(/\s+/g, ' ');
}
