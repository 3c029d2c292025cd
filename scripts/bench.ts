/**
 * npm run bench -- --bulletins N [--languages ky,tr,uz] [--rebuild] [--baseline-index] [--keep]
 * npm run bench -- --content DIR [--rebuild] (a copy of an existing content folder, e.g. content/)
 *
 * Generates a synthetic archive of N raw texts (scripts/bench/synthetic-archive.ts), ingests it
 * into a temporary content folder, builds it, and prints one JSON line: ingest s and files/s, site
 * build s, search index s, total s, peak RSS (MB) of each step's whole process tree, pages, dist and
 * search index size, and the bytes a first search transfers in real Chromium. Never touches the
 * project's content/.
 *   --rebuild         then adds one bulletin and builds again, reporting that rebuild too
 *   --baseline-index  also builds without the search's spellings (its lexicon) and reports both index
 *                     sizes and both first searches
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadAllGazetteer } from '../src/utils/gazetteer-fs.ts';
import { samplePeakMemory } from './bench/process-tree.ts';
import { sentencePools, syntheticTexts } from './bench/synthetic-archive.ts';
import { firstSearchBytes } from './bench/first-search.ts';
import { folderBytes } from './bench/folder-bytes.ts';
import { reusedPageCount } from '../tests/helpers/build-site.ts';
import { bulletinsDir, ENTRY_EXTENSION } from '../src/utils/content-layout.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const contentDir = path.join(projectRoot, 'content');

interface Run {
  seconds: number;
  peakMb: number;
  output: string;
}

/** Runs a command, sampling its process tree's memory. Ingest exits 1 when it rejected some file; a build never may. */
function timed(args: string[], env: NodeJS.ProcessEnv = {}, okExits = [0]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: projectRoot, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    const memory = samplePeakMemory(child.pid!);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const peak = memory.stop();
      if (!okExits.includes(code ?? -1)) reject(new Error(`${args.join(' ')} exited ${code}:\n${output.slice(-3000)}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakMb: Math.round(peak / 1048576), output });
    });
  });
}

function countFiles(dir: string, extension: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith(extension)).length;
}

const tsx = path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs');

async function build(content: string, dist: string, cache: string, env: NodeJS.ProcessEnv = {}) {
  const run = await timed([tsx, 'scripts/build.ts', '--outDir', dist], { CONTENT_DIR: content, ASTRO_CACHE_DIR: cache, ...env });
  const indexSeconds = Number(/search index: \d+ bulletins in ([\d.]+) s/.exec(run.output)?.[1] ?? NaN);
  return { ...run, indexSeconds };
}

/** What a build cost and made: times, peak memory of its process tree, pages and size. */
function buildFigures(run: Run & { indexSeconds: number }, dist: string) {
  return {
    siteBuildS: +(run.seconds - run.indexSeconds).toFixed(1),
    searchIndexS: run.indexSeconds,
    totalBuildS: +run.seconds.toFixed(1),
    buildPeakMb: run.peakMb,
    pages: countFiles(dist, '.html'),
    distMb: +(folderBytes(dist) / 1048576).toFixed(1),
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      bulletins: { type: 'string', default: '1000' },
      languages: { type: 'string' },
      rebuild: { type: 'boolean', default: false },
      'baseline-index': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      content: { type: 'string' },
    },
  });
  const pools = sentencePools(contentDir);
  const languages = values.languages ? values.languages.split(',') : [...pools.keys()].sort();
  const work = mkdtempSync(path.join(os.tmpdir(), 'bulletins-bench-'));
  const raw = path.join(work, 'raw');
  const content = path.join(work, 'content');
  mkdirSync(raw);
  let result: Record<string, unknown>;
  if (values.content) {
    // A copy: --rebuild adds a bulletin to it.
    cpSync(path.resolve(values.content), content, { recursive: true });
    result = { content: values.content, bulletins: countFiles(bulletinsDir(content), ENTRY_EXTENSION) };
  } else {
    const count = Number(values.bulletins);
    cpSync(path.join(contentDir, 'gazetteer'), path.join(content, 'gazetteer'), { recursive: true });
    const gazetteer = loadAllGazetteer(contentDir);
    for (const { fileName, text } of syntheticTexts({ count, languages, pools, gazetteer })) writeFileSync(path.join(raw, fileName), text);
    const ingest = await timed(['scripts/ingest.ts', '--out', content, raw], {}, [0, 1]);
    result = {
      bulletins: count,
      languages,
      ingestS: +ingest.seconds.toFixed(1),
      ingestFilesPerS: Math.round(count / ingest.seconds),
      ingestPeakMb: ingest.peakMb,
    };
  }
  const gazetteer = loadAllGazetteer(content);
  const cold = await build(content, path.join(work, 'dist'), path.join(work, 'cache'));
  const dist = path.join(work, 'dist');
  Object.assign(result, {
    ...buildFigures(cold, dist),
    searchIndexMb: +(folderBytes(path.join(dist, 'pagefind')) / 1048576).toFixed(2),
    firstSearchKb: null as number | null,
  });
  const firstPerson = gazetteer.person[0]?.names.tr?.[0]?.split(' ').at(-1) ?? 'TDT';
  const bytes = await firstSearchBytes(dist, firstPerson);
  result.firstSearchKb = bytes === null ? null : Math.round(bytes / 1024);

  if (values['baseline-index']) {
    const plainDist = path.join(work, 'dist-plain');
    await build(content, plainDist, path.join(work, 'cache-plain'), { SEARCH_SPELLINGS: 'off' });
    const plainBytes = folderBytes(path.join(plainDist, 'pagefind'));
    result.searchIndexWithoutSpellingsMb = +(plainBytes / 1048576).toFixed(2);
    result.spellingsIndexGrowthPercent = +((100 * (folderBytes(path.join(dist, 'pagefind')) - plainBytes)) / plainBytes).toFixed(1);
    const plainSearchBytes = await firstSearchBytes(plainDist, firstPerson);
    result.firstSearchWithoutSpellingsKb = plainSearchBytes === null ? null : Math.round(plainSearchBytes / 1024);
    if (bytes !== null && plainSearchBytes !== null) result.spellingsFirstSearchGrowthPercent = +((100 * (bytes - plainSearchBytes)) / plainSearchBytes).toFixed(1);
  }

  if (values.rebuild) {
    const [extra] = syntheticTexts({ count: 1, languages, pools, gazetteer, seed: 99 });
    writeFileSync(path.join(raw, `extra-${extra.fileName}`), extra.text);
    await timed(['scripts/ingest.ts', '--out', content, path.join(raw, `extra-${extra.fileName}`)], {}, [0, 1]);
    const rebuild = await build(content, dist, path.join(work, 'cache'));
    result.rebuildOneS = +rebuild.seconds.toFixed(1);
    result.rebuildSearchIndexS = rebuild.indexSeconds;
    result.rebuildPeakMb = rebuild.peakMb;
    result.rebuildReusedPages = reusedPageCount(rebuild.output);
  }

  console.log(JSON.stringify(result));
  if (values.keep) console.error(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

await main();
