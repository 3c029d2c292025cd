import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBulletins } from '../../utils/collection.ts';
import { resolveContentDir } from '../../utils/content-dir.ts';

/** Publishes each preserved original, byte for byte, next to the page made from it. */
export const getStaticPaths = (async () => {
  const contentDir = resolveContentDir();
  return (await getBulletins()).map((entry) => ({
    params: { path: entry.data.original.path.replace(/^originals\//, '') },
    props: { file: path.join(contentDir, entry.data.original.path) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(readFileSync((props as { file: string }).file));
