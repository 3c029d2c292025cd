import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from './link-check.ts';

/** The link checker the e2e tests rely on finds what it must, on a hand-made output folder. */
describe('checkLinks', () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'link-check-'));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  };
  write(
    'index.html',
    `<a href="/base/ky/">ky</a><a href="/base/ky/#main">main</a><a href="ky/#nowhere">x</a>
    <link rel="stylesheet" href="/base/missing.css"><script src="/base/app.js"></script><img src="/elsewhere.png">
    <a href="https://example.org/base/ky/">self, absolute</a><a href="https://other.example/">other</a><a href="javascript:alert(1)">js</a>`,
  );
  write('ky/index.html', '<main id="main"></main>');
  write('app.js', '');
  write(
    'rss.xml',
    '<rss><channel><link>https://example.org/base/</link><item><link>https://example.org/base/ky/gone/</link><description><![CDATA[<a href="/base/ky/">in</a>]]></description></item></channel></rss>',
  );

  const report = checkLinks(dist, { site: 'https://example.org', base: '/base/' });
  const broken = report.broken.map((link) => `${link.from}: ${link.url}`);

  it('reports missing files, fragments, links outside the base path and javascript: URLs', () => {
    expect(broken.sort()).toEqual([
      'index.html: /base/missing.css',
      'index.html: /elsewhere.png',
      'index.html: javascript:alert(1)',
      'index.html: ky/#nowhere',
      'rss.xml: https://example.org/base/ky/gone/',
    ]);
  });

  it('follows folders to their index.html and collects other origins without fetching them', () => {
    expect(report.external).toEqual(['https://other.example/']);
    expect(report.checked).toBe(10);
  });
});
