import type { APIRoute } from 'astro';
import { getGazetteer } from '../utils/collection.ts';
import type { EntityAliases } from '../utils/search-terms.ts';

/** Every gazetteer entity's names in all languages, for the search page's query expansion. */
export const GET: APIRoute = () => {
  const gazetteer = getGazetteer();
  const aliases: EntityAliases = [...gazetteer.organization, ...gazetteer.person, ...gazetteer.country, ...gazetteer.place]
    .map((entity) => [...new Set(Object.values(entity.names).flat())])
    .filter((names) => names.length > 1);
  return new Response(JSON.stringify(aliases));
};
