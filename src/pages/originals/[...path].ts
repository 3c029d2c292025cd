import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBulletins } from '../../utils/collection.ts';
import { originalUrlPath, resolveContentDir } from '../../utils/content-layout.ts';

/** Publishes each preserved original, byte for byte, next to the page made from it. */
export const getStaticPaths = (async () => {
  const contentDir = resolveContentDir();
  return (await getBulletins()).map((entry) => {
    const file = path.join(contentDir, entry.data.original.path);
    return {
      params: { path: originalUrlPath(entry.data.original.path) },
      props: { file },
      // The file's own bytes, not the hash its bulletin records: what is published is the file.
      cacheKey: createHash('sha256').update(readFileSync(file)).digest('base64url'),
    };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(readFileSync((props as { file: string }).file));
