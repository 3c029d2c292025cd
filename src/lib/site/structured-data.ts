/**
 * schema.org data for search engines, written as JSON-LD. A `<script type="application/ld+json">`
 * is data, not code, so the Content-Security-Policy does not apply to it; its text must still never
 * end the element early, which `</script` inside a title would.
 */
export interface NewsArticleFacts {
  url: string;
  headline: string;
  description: string;
  lang: string;
  date: string | null;
  place?: string;
  agency?: string;
  originalUrl: string;
  siteName: string;
  siteUrl: string;
}

export function newsArticle(facts: NewsArticleFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.headline,
    description: facts.description,
    inLanguage: facts.lang,
    url: facts.url,
    mainEntityOfPage: facts.url,
    ...(facts.date ? { datePublished: facts.date } : {}),
    ...(facts.place ? { locationCreated: { '@type': 'Place', name: facts.place } } : {}),
    ...(facts.agency ? { sourceOrganization: { '@type': 'Organization', name: facts.agency } } : {}),
    isBasedOn: facts.originalUrl,
    isPartOf: { '@type': 'WebSite', name: facts.siteName, url: facts.siteUrl },
  };
}

/** JSON safe inside an HTML `<script>` element: `<`, `>` and `&` as Unicode escapes. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
