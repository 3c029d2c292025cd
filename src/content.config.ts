import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { bulletinSchema } from './schemas/bulletin.ts';
import { resolveContentDir } from './utils/content-dir.ts';

const contentDir = resolveContentDir();

/** Entries written by `npm run ingest`; ids are `<lang>/<slug>`. */
const bulletins = defineCollection({
  loader: glob({ pattern: '**/*.md', base: path.join(contentDir, 'bulletins') }),
  schema: bulletinSchema,
});

export const collections = { bulletins };
