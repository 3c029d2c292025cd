import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The site's settings, read from `site.config.json` (or the file `SITE_CONFIG` names), so one
 * codebase serves several archives. `SITE_URL` and `BASE_PATH` override the file at build time,
 * which is what a deploy to GitHub Pages project sites needs.
 */
export const siteConfigSchema = z.object({
  /** The site's name where no interface language has its own (`titles`), and on the English interface. */
  title: z.string().min(1),
  /** The site's name per interface language, as its readers would say it: one form per language. */
  titles: z.record(z.string(), z.string().min(1)).default({}),
  description: z.string().min(1),
  url: z.url(),
  base: z.string().startsWith('/').default('/'),
  defaultUiLanguage: z.string().default('en'),
  /** The repository the content is edited in: each bulletin page links to its file there. */
  repository: z.url().optional(),
  /** The branch that link opens the file on. */
  repositoryBranch: z.string().min(1).default('main'),
  /** Where the content folder (CONTENT_DIR) is inside the repository: `content` of this project by default. */
  repositoryContentDir: z.string().default('content'),
});
export type SiteConfig = z.infer<typeof siteConfigSchema>;

const loaded = new Map<string, SiteConfig>();

/** Read and validated once per file and overrides: every page of a build asks for it. */
export function loadSiteConfig(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const file = env.SITE_CONFIG || 'site.config.json';
  const key = [file, env.SITE_URL ?? '', env.BASE_PATH ?? ''].join('\u0000');
  let config = loaded.get(key);
  if (!config) {
    config = readSiteConfig(file, env);
    loaded.set(key, config);
  }
  return config;
}

function readSiteConfig(file: string, env: NodeJS.ProcessEnv): SiteConfig {
  const parsed = siteConfigSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: "${issue.path.join('.')}" ${issue.message}`);
  }
  return {
    ...parsed.data,
    url: env.SITE_URL || parsed.data.url,
    base: normalizeBase(env.BASE_PATH || parsed.data.base),
  };
}

/** The site's name in an interface language, and the language that name is in. */
export function siteTitleIn(site: SiteConfig, uiLang: string): { title: string; lang: string } {
  const own = site.titles[uiLang];
  return own ? { title: own, lang: uiLang } : { title: site.title, lang: 'en' };
}

/** `/archive` and `archive/` both mean `/archive/`. */
function normalizeBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}
