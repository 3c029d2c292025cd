import { beforeAll, describe, expect, it } from 'vitest';
import type { LinkReport } from '../helpers/link-check.ts';
import { buildSite } from '../helpers/build-site.ts';
import { makeFixtureArchive } from '../helpers/fixture-archive.ts';
import { checkLinks } from '../helpers/link-check.ts';

/** No broken internal link or missing asset anywhere in the output, at the root and under a base path. */
const SITE = 'https://example.github.io';

describe.each([
  ['at the root', '/'],
  ['under a base path', '/archive/'],
])('links of a site built %s', (_name, base) => {
  let ids: string[];
  let report: LinkReport;
  beforeAll(() => {
    const archive = makeFixtureArchive();
    ids = archive.ids;
    const dist = buildSite(archive.contentDir, base === '/' ? {} : { basePath: base });
    report = checkLinks(dist, { site: SITE, base });
  });

  it('all resolve to a file in the output (pages, assets, feeds, sitemap, fragments)', () => {
    const broken = report.broken.map((link) => `${link.from}: ${link.url} (${link.reason})`);
    expect(broken).toEqual([]);
    // Every bulletin page, its original and the feeds were among the links checked.
    expect(report.checked).toBeGreaterThan(ids.length * 3);
  });

  it('point nowhere outside the site except where the page means to (the repository, the feed namespaces)', () => {
    const hosts = [...new Set(report.external.map((url) => new URL(url).host))].sort();
    for (const host of hosts) expect(['github.com', 'purl.org', 'www.sitemaps.org', 'www.w3.org']).toContain(host);
  });
});
