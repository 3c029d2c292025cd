import type { GazetteerEntity } from './gazetteer-schema.ts';

/**
 * A gazetteer file as maintainers keep it: a JSON list with one entity a line, so that a pull
 * request that adds a name or an entity changes one line and reads as what it is.
 */
export function gazetteerText(entities: readonly GazetteerEntity[]): string {
  return `[\n${entities.map((entity) => `  ${JSON.stringify(entity)}`).join(',\n')}\n]\n`;
}
