/**
 * Removes what a copy from a news page drags along besides the article: currency tickers, category
 * and comment counters, comment and share widgets. Works line by line and only on lines that can
 * never be article prose; everything removed is returned so the report can list it (the preserved
 * original keeps it anyway).
 */
export interface Cleaned {
  text: string;
  removed: string[];
}

/** Whole-line interface phrases, lower-cased, in the archive's languages. */
const WIDGET_PHRASES = new Set([
  // ky
  'пикир', 'пикирлер', 'пикир калтыруу', 'бөлүшүү', 'окшош жаңылыктар', 'тектеш жаңылыктар', 'башка жаңылыктар',
  // ru
  'комментарий', 'комментарии', 'оставить комментарий', 'написать комментарий', 'поделиться', 'читайте также',
  'похожие новости', 'другие новости', 'версия для печати', 'подписывайтесь',
  // kk
  'пікір', 'пікірлер', 'пікір қалдыру', 'бөлісу', 'ұқсас жаңалықтар',
  // uz
  'изоҳ', 'изоҳлар', 'изоҳ қолдиринг', 'улашиш', 'izoh', 'izohlar', 'izoh qoldiring', 'ulashish', "o'xshash yangiliklar", 'oʻxshash yangiliklar',
  // tr, az, tk
  'yorum', 'yorumlar', 'yorum yap', 'yorum yaz', 'paylaş', 'ilgili haberler', 'benzer haberler',
  'şərh', 'şərhlər', 'şərh yaz', 'oxşar xəbərlər', 'teswir', 'teswirler', 'paýlaş',
  // en
  'comment', 'comments', 'leave a comment', 'share', 'related news', 'read also', 'print',
]);

/** A ticker line: a number, perhaps with a bullet, sign, currency or percent (`• 86.5`, `USD 87,45`). */
const TICKER_LINE = /^[\s•·*▲▼↑↓+\-–]*(?:[A-Z]{3}\s*)?[$€₽₸£]?\s*[+-]?\d+(?:[.,]\d+)?\s*%?\s*(?:[A-Z]{3})?\s*$/u;

/** A category label with a comment or view counter (`Саясат 0`, `Politika 12`): at most three words and a number. */
const CATEGORY_COUNTER_LINE = /^\p{Lu}\p{L}*(?:[ -]\p{L}+){0,2}\s+\d{1,6}$/u;

export function cleanLeftovers(text: string): Cleaned {
  const removed: string[] = [];
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    if (isLeftover(line.trim())) removed.push(line.trim());
    else kept.push(line);
  }
  return { text: kept.join('\n').replace(/\n{3,}/g, '\n\n').trim(), removed };
}

function isLeftover(line: string): boolean {
  if (line === '') return false;
  if (TICKER_LINE.test(line)) return true;
  if (CATEGORY_COUNTER_LINE.test(line)) return true;
  const phrase = line.toLocaleLowerCase().replace(/[\s:.()\d]+$/u, '').replace(/\s+/g, ' ');
  return WIDGET_PHRASES.has(phrase);
}
