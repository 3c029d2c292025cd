import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ingestInto, makeContentDir, projectRoot } from '../helpers/build-site.ts';
import { hasChromium, noChromiumReason, openSiteInChromium } from '../helpers/chromium.ts';

/**
 * A bulletin's original is kept byte for byte in whatever encoding the maintainer saved it, and a
 * host serves the raw file without a charset: the reader opens it through its view page, decoded,
 * and can download the bytes. Each encoding ingest reads is opened as a reader would, in Chromium.
 */
const raw = path.join(projectRoot, 'tests/fixtures/raw');
/** The fixture texts, each with its encoding and how the test itself reads it (not through the site's decoder). */
const ORIGINALS = [
  { file: 'tr-meeting.txt', encoding: 'UTF-8', text: () => readFileSync(path.join(raw, 'tr-meeting.txt'), 'utf8') },
  { file: 'ky-windows-1251.txt', encoding: 'Windows-1251', text: () => iconv.decode(readFileSync(path.join(raw, 'ky-windows-1251.txt')), 'windows-1251') },
  { file: 'uz-forum-utf16.txt', encoding: 'UTF-16 LE', text: () => readFileSync(path.join(raw, 'uz-forum.txt'), 'utf8') },
];

/** The text as the page shows it: lines as written, without the CR of Windows line ends and the date header ingest reads. */
const lines = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

describe.skipIf(!hasChromium)(`originals open readable${hasChromium ? '' : ` (${noChromiumReason})`}`, () => {
  let dist = '';
  let contentDir = '';
  const inputs = mkdtempSync(path.join(os.tmpdir(), 'bulletins-originals-'));
  beforeAll(() => {
    copyFileSync(path.join(raw, 'tr-meeting.txt'), path.join(inputs, 'tr-meeting.txt'));
    copyFileSync(path.join(raw, 'ky-windows-1251.txt'), path.join(inputs, 'ky-windows-1251.txt'));
    // How Windows' Notepad saves "Unicode": UTF-16 little-endian with a byte-order mark.
    writeFileSync(
      path.join(inputs, 'uz-forum-utf16.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(path.join(raw, 'uz-forum.txt'), 'utf8'), 'utf16le')]),
    );
    contentDir = makeContentDir();
    const report = ingestInto(contentDir, [inputs]);
    expect(report.results.map(({ status }) => status)).toEqual(['ok', 'ok', 'ok']);
    dist = buildSite(contentDir);
  }, 300_000);
  const session = openSiteInChromium(() => dist);

  for (const original of ORIGINALS) {
    it(`shows the ${original.encoding} original decoded on its page and offers its bytes as a download`, async () => {
      const page = await session.browser.newPage();
      await page.goto(`${session.url}`);
      const bulletinUrls = await page.locator('main .bulletin-list a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      let found = false;
      for (const url of bulletinUrls) {
        await page.goto(url);
        await page.locator('a[href$="/original/"]').click();
        await page.waitForURL(/\/original\/$/);
        const shown = await page.locator('pre.original-text').innerText();
        const download = page.locator('a[download]');
        const submittedAs = await download.getAttribute('download');
        if (submittedAs !== original.file) continue;
        found = true;
        expect(await page.evaluate(() => document.characterSet)).toBe('UTF-8');
        expect(await page.locator('main').innerText()).toContain(original.encoding);
        expect(lines(shown)).toEqual(lines(original.text()));
        const href = await download.getAttribute('href');
        const bytes = readFileSync(path.join(dist, decodeURIComponent(href!)));
        expect(bytes.equals(readFileSync(path.join(inputs, original.file)))).toBe(true);
        break;
      }
      await page.close();
      expect(found).toBe(true);
    }, 60_000);
  }
});
