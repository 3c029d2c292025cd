import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { bulletinSchema } from './lib/content/bulletin-schema.ts';
import { bulletinLoader } from '../scripts/assemble/bulletin-loader.ts';
import { gazetteerLoader } from '../scripts/assemble/gazetteer-loader.ts';
import { gazetteerFile } from './lib/content/gazetteer-schema.ts';
import { resolveContentDir } from './lib/content/content-layout.ts';

const contentDir = resolveContentDir();

/** Entries written by `npm run ingest`; ids are `<lang>/<slug>`. Frontmatter only in the store. */
const bulletins = defineCollection({
  loader: bulletinLoader(contentDir),
  schema: bulletinSchema,
});

/** The people, organizations, countries and places of `<content>/gazetteer/`: one entry per kind, its file's list. */
const gazetteer = defineCollection({
  loader: gazetteerLoader(contentDir),
  schema: z.object({ entities: gazetteerFile }),
});

/**
 * The site's own pages (about, contributing, methodology), one MDX file per language and page:
 * `content/pages/<lang>/<slug>.mdx`. They belong to the site, not to an archive, so they are read
 * from this project whatever CONTENT_DIR says. Unlike bulletins they may embed site components.
 */
const pages = defineCollection({
  // Ids keep the folder's case: `uz-Latn/about`, the interface's name (Astro's default lower-cases it).
  loader: glob({ pattern: '**/*.mdx', base: path.resolve('content/pages'), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    /** Order in the footer's list of pages. */
    order: z.number().int(),
  }),
});

export const collections = { bulletins, gazetteer, pages };
