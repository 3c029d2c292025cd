import { createHash } from 'node:crypto';

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and code
 * are unchanged since the last build is copied from it instead of rendered again. Astro hashes the
 * code itself; the key must cover all the data a page is rendered from. A page's key is therefore
 * the digest of its props, in which every content entry stands for its content digest (so a page
 * listing fifty bulletins hashes fifty digests, not fifty bodies), together with the site-wide data
 * every page shows (`siteDigest`: configuration, sections, editorial pages, gazetteer).
 *
 * The rule this relies on: a keyed page renders from its props (a bulletin's body included, which
 * its digest covers) and the site-wide data, and from nothing else.
 */
export function cacheKeyOf(props: unknown, siteDigest: string): string {
  return digestOf([siteDigest, props]);
}

export function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value, entryDigests)).digest('base64url');
}

function entryDigests(this: unknown, _key: string, value: unknown): unknown {
  if (isContentEntry(value)) {
    // Astro's content digest covers the whole file, frontmatter and body; without one, its data and
    // body are hashed instead.
    return value.digest === undefined ? [value.collection, value.id, value.data, value.body] : `${value.collection}:${value.id}:${value.digest}`;
  }
  return value;
}

interface ContentEntryLike {
  collection: string;
  id: string;
  data: unknown;
  body?: string;
  digest?: string | number;
}

function isContentEntry(value: unknown): value is ContentEntryLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ContentEntryLike).collection === 'string' &&
    typeof (value as ContentEntryLike).id === 'string' &&
    'data' in value
  );
}
