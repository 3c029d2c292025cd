import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * A small link checker for a built site: every internal `href`/`src` of the HTML pages (links,
 * stylesheets, scripts, images, icons, feeds, canonical and alternate URLs) and every URL of the
 * RSS feeds and the sitemap that points into the site must name a file in the output, and a
 * `#fragment` an element of that page. External URLs are only collected, not fetched.
 */
export interface BrokenLink {
  /** The output file the link is in, relative to the output folder. */
  from: string;
  url: string;
  reason: string;
}

export interface LinkReport {
  checked: number;
  external: string[];
  broken: BrokenLink[];
}

const HTML_URL_ATTRIBUTE = /<(a|link|script|img|source|iframe|area|form|video|audio|track|embed|object)\b([^>]*)>/gi;
const ATTRIBUTE = /\s(href|src|action|data|poster)\s*=\s*"([^"]*)"/gi;
const XML_URL = /<(link|guid|loc|comments|url)>\s*([^<\s]+)\s*<\/\1>|\s(href|src)="([^"]*)"/g;

/** `site` is the deployed origin (`https://example.github.io`), `base` the base path (`/archive/`). */
export function checkLinks(dist: string, options: { site: string; base: string }): LinkReport {
  const origin = new URL(options.site).origin;
  const files = relativeFilePaths(dist);
  const report: LinkReport = { checked: 0, external: [], broken: [] };
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(path.join(dist, file), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => decodeHtml(match[1])));
      idsByFile.set(file, ids);
    }
    return ids;
  };

  for (const file of files) {
    const extension = path.extname(file);
    if (extension !== '.html' && extension !== '.xml') continue;
    const text = readFileSync(path.join(dist, file), 'utf8');
    const pageUrl = new URL(options.base + file.replace(/(^|\/)index\.html$/, '$1'), origin);
    for (const raw of extension === '.html' ? htmlUrls(text) : xmlUrls(text)) {
      const url = decodeHtml(raw).trim();
      if (url === '' || /^(mailto|tel|data):/i.test(url)) continue;
      let resolved: URL;
      try {
        resolved = new URL(url, pageUrl);
      } catch {
        report.broken.push({ from: file, url, reason: 'not a valid URL' });
        continue;
      }
      if (resolved.protocol === 'javascript:') {
        report.broken.push({ from: file, url, reason: 'a javascript: URL' });
        continue;
      }
      if (resolved.origin !== origin) {
        report.external.push(url);
        continue;
      }
      report.checked++;
      const target = targetFile(dist, resolved.pathname, options.base);
      if ('error' in target) {
        report.broken.push({ from: file, url, reason: target.error });
      } else if (resolved.hash && target.file.endsWith('.html')) {
        const id = decodeURIComponent(resolved.hash.slice(1));
        if (!idsOf(target.file).has(id)) report.broken.push({ from: file, url, reason: `${target.file} has no element with id "${id}"` });
      }
    }
  }
  return report;
}

/** The output file a site path is served from, as a static host does (folder → index.html). */
function targetFile(dist: string, pathname: string, base: string): { file: string } | { error: string } {
  if (!pathname.startsWith(base)) return { error: `outside the base path ${base}` };
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return { error: 'a malformed percent-encoding' };
  }
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  for (const candidate of candidates) {
    const full = path.join(dist, candidate);
    if (full.startsWith(dist) && existsSync(full) && statSync(full).isFile()) return { file: candidate };
  }
  return { error: `no file ${candidates.join(' or ')} in the output` };
}

function htmlUrls(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.matchAll(HTML_URL_ATTRIBUTE)) {
    for (const attribute of tag[2].matchAll(ATTRIBUTE)) urls.push(attribute[2]);
  }
  return urls;
}

/** URLs in feeds and sitemaps: `<link>`, `<guid>`, `<loc>` elements and links in item HTML. */
function xmlUrls(xml: string): string[] {
  // Item HTML is escaped or in CDATA; unescape it once so its attributes can be read.
  const text = xml
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
  return [...text.matchAll(XML_URL)].map((match) => match[2] ?? match[4]);
}

function decodeHtml(text: string): string {
  return text.replace(/&(amp|quot|#39|lt|gt);/g, (_whole, name: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[name]!);
}

/** Every file under a folder, relative to it, with forward slashes, sorted. */
export function relativeFilePaths(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
