import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The bytes of every file under `dir` (0 when it does not exist): what a folder of the built site weighs. */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/** How many files under `dir` end with `extension`: a built site's pages are its `.html` files. */
export function countFiles(dir: string, extension: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith(extension)).length;
}
