import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file below `dir` whose name ends with `extension`, as full paths, sorted; none if `dir` is missing. */
export function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
