import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IngestResult } from '../../scripts/ingest/report.ts';

/** Builds real sites the way a maintainer does: `npm run ingest`, then `npm run build` (Astro, then Pagefind). */
const projectRoot = path.resolve(import.meta.dirname, '../..');
const tsxCli = path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs');

/** What `npm run ingest -- --json` prints. */
export interface IngestJson {
  results: IngestResult[];
}

/** Runs a script with this Node; `under`: a command that runs it, such as strace and its options. */
function run(args: string[], env: NodeJS.ProcessEnv = {}, under: string[] = []): SpawnSyncReturns<string> {
  const [command, ...commandArgs] = [...under, process.execPath, ...args];
  return spawnSync(command, commandArgs, {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** `npm run ingest`: Node runs it as TypeScript itself, as the npm script does. */
export function runIngest(args: string[], env: NodeJS.ProcessEnv = {}) {
  return run(['scripts/ingest.ts', ...args], env);
}

/** `npm run check -- --content DIR`; the status and what it printed. */
export function runCheck(contentDir: string, extra: string[] = []) {
  return run([tsxCli, 'scripts/check.ts', '--content', contentDir, ...extra]);
}

/** A fresh content folder with the project's gazetteer, in a temporary directory. */
export function makeContentDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bulletins-content-'));
  cpSync(path.join(projectRoot, 'content/gazetteer'), path.join(dir, 'gazetteer'), { recursive: true });
  return dir;
}

export function ingestInto(contentDir: string, inputs: string[]): IngestJson {
  const result = runIngest(['--out', contentDir, '--json', ...inputs]);
  if (result.status === null || result.status > 1 || !result.stdout.trim().startsWith('{')) {
    throw new Error(`ingest failed (exit ${result.status}):\n${result.stderr}\n${result.stdout}`);
  }
  return JSON.parse(result.stdout) as IngestJson;
}

export function buildSite(contentDir: string, options: { basePath?: string } = {}): string {
  const outDir = makeOutDir();
  buildSiteInto(contentDir, outDir, mkdtempSync(path.join(os.tmpdir(), 'bulletins-astro-cache-')), options);
  return outDir;
}

/**
 * Inside the project, not the system temp folder: Astro renders pages from a server bundle it
 * writes beside an outDir within the working folder, but into the shared <project>/.astro/.prerender/
 * for an outDir outside it, where builds running at once (test files run in parallel) delete and
 * overwrite each other's chunks: missing modules, or pages rendered with another build's base path.
 */
export function makeOutDir(): string {
  mkdirSync(path.join(projectRoot, '.cache'), { recursive: true });
  return mkdtempSync(path.join(projectRoot, '.cache', 'dist-'));
}

/**
 * Builds into `outDir` with the cache folder `cacheDir`, which holds the content store and the
 * incremental build's copies of earlier pages; returns what the build printed.
 */
export function buildSiteInto(contentDir: string, outDir: string, cacheDir: string, options: { basePath?: string } = {}): string {
  const result = runBuild(contentDir, outDir, cacheDir, options);
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status}):\n${result.stderr}\n${result.stdout.slice(-4000)}`);
  return result.stdout;
}

/**
 * `npm run build` of a content folder, whatever its outcome: the status and what it printed (`env`:
 * more environment; `under`: a command that runs the build, e.g. strace and its options).
 */
export function runBuild(contentDir: string, outDir: string, cacheDir: string, options: { basePath?: string; env?: NodeJS.ProcessEnv; under?: string[] } = {}) {
  return run(
    [tsxCli, 'scripts/build.ts', '--outDir', outDir],
    {
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: cacheDir,
      ...(options.basePath ? { BASE_PATH: options.basePath } : {}),
      ...options.env,
    },
    options.under,
  );
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

export { projectRoot };

/** How many pages a build's log says the incremental build copied from the last build instead of rendering. */
export function reusedPageCount(buildLog: string): number {
  return (buildLog.match(/\((cached|restored)\)/g) ?? []).length;
}
