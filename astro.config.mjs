// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { loadSiteConfig } from './src/lib/site/site-config.ts';
import { markdownOptions, markdownProcessor } from './src/lib/site/markdown.ts';
import { astroCacheDir } from './scripts/assemble/build-output.ts';
import { originalsIntegration } from './scripts/assemble/originals-output.ts';
import { resolveContentDir } from './src/lib/content/content-layout.ts';
import { passActionableWarning } from './scripts/assemble/build-warnings.ts';
import { CSP_DIRECTIVES } from './src/lib/site/csp.ts';
import { languageAlternates, sitemapLocales } from './src/lib/site/sitemap-locales.ts';

const site = loadSiteConfig();
// Astro lets environment variables replace import.meta.env values, BASE_URL included, and every link
// is built from it: a stray BASE_URL (vitest sets BASE_URL=/ in the processes it starts) silently
// dropped the base path from every link. The configured base is the only one.
process.env.BASE_URL = site.base;

/** @type {string[]} */
const sitemapUrls = [];
/** @type {Map<string, import('./src/lib/site/sitemap-locales.ts').SitemapLink[]> | undefined} */
let alternates;

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  // Builds of different content folders (tests, benchmarks) keep their content caches apart.
  cacheDir: astroCacheDir(import.meta.dirname),
  // Four pages in flight at a time: a page waits for its two writes (the output folder and the
  // incremental cache's copy), and one page at a time left the rendering thread idle for 29% of a
  // cold build (CPU profile, 2,000 bulletins; 8% with four, at 10,000). Eight was no faster.
  build: { format: 'directory', concurrency: 4 },
  // Pages whose getStaticPaths() gives a cacheKey (src/lib/site/cache-key.ts) are copied from the last
  // build when neither their key nor their code changed: adding one bulletin re-renders its
  // neighbours and listings, not the whole archive. The copies live in the cache folder
  // (node_modules/.astro, or ASTRO_CACHE_DIR).
  experimental: { incrementalBuild: true },
  // Reused pages stay in place instead of being deleted and copied back; scripts/build.ts removes
  // whatever this build did not make (scripts/assemble/build-output.ts).
  vite: {
    build: {
      emptyOutDir: false,
      // Rolldown's note on every MDX page's "use astro:head-inject" is dropped (scripts/assemble/build-warnings.ts).
      rolldownOptions: { onwarn: passActionableWarning },
    },
  },
  // One Markdown processor for the site's pages and the bulletins it renders itself (src/lib/site/markdown.ts).
  markdown: { processor: markdownProcessor, ...markdownOptions },

  // Astro writes a Content-Security-Policy <meta> into every page, with the hashes of the styles it
  // inlines; scripts are files only ('self'), never inline. Pagefind needs WebAssembly and fetches
  // its index from the site; nothing else may load, frame the text or submit anywhere.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES], // a copy: Astro types this option as a mutable array
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Pages that differ only by their language prefix (/ky/archive/, /tr/archive/…; unprefixed pages
  // are the default interface language's) are listed as each other's hreflang alternates.
  // The sitemap's filter sees every URL before its serialize sees the first item: the links are made
  // from them all at once (see languageAlternates).
  integrations: [
    mdx(),
    // Each bulletin's original, byte for byte, next to its page: copied as files, not rendered.
    originalsIntegration(resolveContentDir(), site.base),
    sitemap({
      filter: (url) => sitemapUrls.push(url) > 0,
      serialize: (item) => {
        alternates ??= languageAlternates(sitemapUrls, new URL(site.base, site.url).href, site.defaultUiLanguage, sitemapLocales(site.defaultUiLanguage));
        const links = alternates.get(item.url);
        return links ? { ...item, links } : item;
      },
    }),
  ],
});
