/**
 * How many single-letter edits (insert, delete, replace, swap two neighbours) turn `a` into `b`:
 * the optimal string alignment distance, the measure of a typo.
 */
export function editDistance(a: string, b: string): number {
  let beforeLast: number[] = [];
  let last = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(last[j] + 1, row[j - 1] + 1, last[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], beforeLast[j - 2] + 1);
    }
    beforeLast = last;
    last = row;
  }
  return last[b.length];
}

/**
 * The candidate `word` is most likely a misspelling of, or null when none is close: compared without
 * case, dashes and underscores (`Same_story` is `sameStory`), and within one edit in four letters.
 */
export function closestWord(word: string, candidates: Iterable<string>): string | null {
  const plain = (text: string) => text.toLowerCase().replace(/[-_]/g, '');
  const typed = plain(word);
  const limit = Math.max(1, Math.floor(typed.length / 4));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(typed, plain(candidate));
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
