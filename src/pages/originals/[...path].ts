import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBulletins } from '../../utils/collection.ts';
import { resolveContentDir } from '../../utils/content-dir.ts';

/** Publishes each preserved original, byte for byte, next to the page made from it. */
export const getStaticPaths = (async () => {
  const contentDir = resolveContentDir();
  return (await getBulletins()).map((entry) => {
    const file = path.join(contentDir, entry.data.original.path);
    return {
      params: { path: entry.data.original.path.replace(/^originals\//, '') },
      props: { file },
      // The file's own bytes, not the hash its bulletin records: what is published is the file.
      cacheKey: createHash('sha256').update(readFileSync(file)).digest('base64url'),
    };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(readFileSync((props as { file: string }).file));
