import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { listFiles } from '../../../src/lib/content/files-fs.ts';
import { bulletinsDir, ENTRY_EXTENSION, originalsDir } from '../../../src/lib/content/content-layout.ts';
import { SEARCH_INDEX_LANGUAGE } from '../../search-index/indexing.ts';
import { timedRun, type TimedRun } from './timed-run.ts';

/**
 * The peer `npm run bench -- --peer` measures us against: Debian's Hugo building the very same
 * Markdown (the bench's content folder, mounted as Hugo's content, our frontmatter as is) into a
 * site with the same kinds of pages as ours, then the Pagefind CLI indexing Hugo's output.
 *
 * Minimal but fair: a page per bulletin (with its entities, previous and next, its original's
 * link), per-language listings of 50 per page, a month archive per language, an index and a page
 * per organization, country and person (the newest 50 mentions, as ours), RSS of the newest
 * FEED_SIZE with full text for the site, each language and each organization, and the originals
 * published as files. Pagefind indexes the bulletin pages only, in one index of our index language,
 * with our filters (language, year, organization, country) and date sort. What it leaves out
 * (interface strings per language, same-story links, the search page's spellings) is ours to carry.
 */
export const HUGO = '/usr/bin/hugo';
/** Items per feed: FEED_SIZE of src/lib/site/collection.ts, which a script cannot import (it reads astro:content). */
const FEED_SIZE = 100;
const PAGEFIND_CLI = path.resolve(import.meta.dirname, '../../../node_modules/pagefind/lib/runner/bin.cjs');

/**
 * Pages the peer needs a content file for, in a second content folder beside our Markdown: Hugo
 * 0.111 (Debian 12) has no content adapters, so each month archive page is a file, and the
 * organizations' feeds are switched on in their taxonomy's file.
 */
const PEER_PAGES_DIR = 'peer-pages';

const CONFIG = (content: string) => `baseURL = "https://example.github.io/"
title = "Turkic Security Bulletins (Hugo peer)"
languageCode = "en"
paginate = 50
disableKinds = ["sitemap", "robotsTXT"]
[taxonomies]
  organization = "organizations"
  country = "countries"
  person = "people"
[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML", "RSS"]
  taxonomy = ["HTML"]
  term = ["HTML"]
[[module.mounts]]
  source = ${JSON.stringify(bulletinsDir(content))}
  target = "content"
[[module.mounts]]
  source = ${JSON.stringify(PEER_PAGES_DIR)}
  target = "content"
[[module.mounts]]
  source = ${JSON.stringify(originalsDir(content))}
  target = "static/originals"
`;

const LAYOUTS: Record<string, string> = {
  // Feeds carry the newest FEED_SIZE, as ours.
  '_default/baseof.html': `<!doctype html>
<html lang="{{ with .Params.lang }}{{ . }}{{ else }}en{{ end }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} — {{ site.Title }}</title>
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}">{{ end }}
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
<nav>{{ range site.Sections }}<a href="{{ .RelPermalink }}">{{ .Section }}</a> {{ end }}
<a href="{{ "/organizations/" | relURL }}">organizations</a> <a href="{{ "/countries/" | relURL }}">countries</a> <a href="{{ "/people/" | relURL }}">people</a></nav></header>
<main id="main">{{ block "main" . }}{{ end }}</main>
</body></html>
`,
  'partials/bulletin-list.html': `<ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></li>{{ end }}</ul>
`,
  // A language's bulletins grouped by month, once per language: month pages look theirs up.
  'partials/months.html': `{{ $months := dict }}
{{ range (where site.RegularPages "Section" .).GroupByDate "2006-01" }}{{ $months = merge $months (dict .Key .Pages) }}{{ end }}
{{ return $months }}
`,
  '_default/single.html': `{{ define "main" }}<article data-pagefind-body>
<h1>{{ .Title }}</h1>
<p><span data-pagefind-filter="language">{{ .Params.lang }}</span>
{{ with .Params.date }}<time data-pagefind-sort="date[datetime]" data-pagefind-meta="date[datetime]" datetime="{{ $.Date.Format "2006-01-02" }}">{{ $.Date.Format "2 January 2006" }}</time>
<span hidden data-pagefind-filter="year">{{ $.Date.Format "2006" }}</span>{{ end }}
{{ with .Params.place }} · {{ . }}{{ end }}{{ with .Params.agency }} · {{ . }}{{ end }}</p>
{{ .Content }}
<p><a href="{{ printf "/%s" .Params.original.path | relURL }}">original</a></p>
<ul>
{{ range .GetTerms "organizations" }}<li><a href="{{ .RelPermalink }}" data-pagefind-filter="organization">{{ .Title }}</a></li>{{ end }}
{{ range .GetTerms "countries" }}<li><a href="{{ .RelPermalink }}" data-pagefind-filter="country">{{ .Title }}</a></li>{{ end }}
{{ range .GetTerms "people" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
</ul>
</article>
<nav>{{ with .NextInSection }}<a href="{{ .RelPermalink }}" rel="prev">{{ .Title }}</a>{{ end }}
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}" rel="next">{{ .Title }}</a>{{ end }}</nav>
{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<p>{{ len .RegularPages }} · <a href="archive/">archive</a></p>
{{ $pager := .Paginate .RegularPages }}
{{ partial "bulletin-list.html" $pager.Pages }}
<nav>{{ with $pager.Prev }}<a href="{{ .URL }}" rel="prev">←</a>{{ end }} {{ $pager.PageNumber }} / {{ $pager.TotalPages }} {{ with $pager.Next }}<a href="{{ .URL }}" rel="next">→</a>{{ end }}</nav>
{{ end }}
`,
  '_default/index.html': `{{ define "main" }}<h1>{{ site.Title }}</h1>
<ul>{{ range site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Section }}</a> {{ len .RegularPages }}{{ partial "bulletin-list.html" (first 5 .RegularPages) }}</li>{{ end }}</ul>
{{ end }}
`,
  '_default/terms.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
`,
  '_default/term.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<p>{{ len .Pages }}</p>
{{ partial "bulletin-list.html" (first 50 .Pages) }}
{{ end }}
`,
  '_default/rss.xml': `{{ printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?>" | safeHTML }}
<rss version="2.0"><channel><title>{{ .Title }}</title><link>{{ .Permalink }}</link><description>{{ site.Title }}</description>
{{ $pages := .RegularPagesRecursive }}{{ if eq .Kind "term" }}{{ $pages = .Pages }}{{ end }}
{{ range first ${FEED_SIZE} $pages }}<item><title>{{ .Title }}</title><link>{{ .Permalink }}</link><guid>{{ .Permalink }}</guid><pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" }}</pubDate><description>{{ .Content | html }}</description></item>
{{ end }}</channel></rss>
`,
  'archive/months.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ end }}
`,
  'archive/month.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $bulletins := index (partialCached "months.html" .Params.section .Params.section) .Params.month }}
<p>{{ len $bulletins }}</p>
{{ partial "bulletin-list.html" $bulletins }}
{{ end }}
`,
};

/** The months with bulletins of each language folder, from the entries' frontmatter dates. */
function monthsByLanguage(content: string): Map<string, Set<string>> {
  const months = new Map<string, Set<string>>();
  for (const file of listFiles(bulletinsDir(content), ENTRY_EXTENSION)) {
    const frontmatter = readFrontmatter(readFileSync(file, 'utf8'));
    const date = frontmatter.ok ? frontmatter.data.date : null;
    if (typeof date !== 'string') continue;
    const lang = path.basename(path.dirname(file));
    months.set(lang, (months.get(lang) ?? new Set()).add(date.slice(0, 7)));
  }
  return months;
}

/**
 * Writes the peer's Hugo site into `siteDir` for the entries of `content`: its config, templates
 * and the archive's month pages; the content itself is mounted, not copied.
 */
export function writePeerSite(siteDir: string, content: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  writeFile(path.join(siteDir, 'hugo.toml'), CONFIG(content));
  for (const [file, text] of Object.entries(LAYOUTS)) writeFile(path.join(siteDir, 'layouts', file), text);
  // Organization feeds, as ours: the terms of the other taxonomies have none.
  writeFile(
    path.join(siteDir, PEER_PAGES_DIR, 'organizations/_index.md'),
    '---\ntitle: organizations\noutputs: [HTML]\ncascade:\n  outputs: [HTML, RSS]\n---\n',
  );
  for (const [lang, months] of monthsByLanguage(content)) {
    writeFile(
      path.join(siteDir, PEER_PAGES_DIR, lang, 'archive/_index.md'),
      `---\ntitle: archive ${lang}\ntype: archive\nlayout: months\noutputs: [HTML]\n---\n`,
    );
    for (const month of months) {
      writeFile(
        path.join(siteDir, PEER_PAGES_DIR, lang, 'archive', month, '_index.md'),
        `---\ntitle: ${month} ${lang}\ntype: archive\nlayout: month\noutputs: [HTML]\nmonth: '${month}'\nsection: ${lang}\ndate: ${month}-01\n---\n`,
      );
    }
  }
}

function writeFile(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Builds the peer site into `outDir` with Hugo, from nothing (its own empty cache folder). */
export function buildWithHugo(siteDir: string, outDir: string, cacheDir: string): Promise<TimedRun> {
  for (const dir of [outDir, cacheDir]) rmSync(dir, { recursive: true, force: true });
  return timedRun(HUGO, ['--source', siteDir, '--destination', outDir, '--cacheDir', cacheDir, '--quiet'], { cwd: siteDir });
}

/** Indexes Hugo's output with the Pagefind CLI (`npx pagefind --site`), in our index language. */
export function indexWithPagefindCli(outDir: string): Promise<TimedRun> {
  rmSync(path.join(outDir, 'pagefind'), { recursive: true, force: true });
  return timedRun(process.execPath, [PAGEFIND_CLI, '--site', outDir, '--force-language', SEARCH_INDEX_LANGUAGE, '--silent'], { cwd: outDir });
}

/** `v0.111.3+extended`: which Hugo the figures are of. */
export function hugoVersion(): string {
  return execFileSync(HUGO, ['version'], { encoding: 'utf8' }).split(' ')[1] ?? '';
}
