/**
 * npm run bench -- --bulletins N [--languages ky,tr,uz] [--peer] [--runs R] [--rebuild] [--baseline-index] [--skip-build] [--keep]
 * npm run bench -- --content DIR [...] (a copy of an existing content folder, e.g. content/)
 *
 * Generates a synthetic archive of N raw texts (scripts/tools/bench/synthetic-archive.ts), streamed to
 * disk one text at a time, ingests it into a temporary content folder, builds it, and prints one
 * JSON line: generation and ingest s, ingest files/s, site build s, search index s, total s, peak
 * RSS (MB) of each step's whole process tree, pages, dist and search index size, and the bytes
 * first searches transfer in real Chromium (several queries, bench/search-queries.ts; the worst is
 * firstSearchKb). Never touches the project's content/.
 *   --peer            also builds the same content folder with Hugo and the Pagefind CLI
 *                     (scripts/tools/bench/hugo-peer.ts), right after our build in each run, and prints
 *                     both and the ratios
 *   --runs R          R runs of ingest (each into a fresh folder, all before the first build) and of
 *                     the builds (ours cold, the peer, our rebuild): each figure is the median, with
 *                     all R values beside it (`<figure>Runs`)
 *   --rebuild         then adds one bulletin and builds again, corrects its title and builds again,
 *                     withdraws it and builds again, reporting those rebuilds too (so every run
 *                     builds the same)
 *   --baseline-index  also builds without the search's spellings (its lexicon) and reports both index
 *                     sizes and both first searches
 *   --skip-build      no build of ours: generation and ingest (and the peer), e.g. at 100,000 bulletins
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadAllGazetteer } from '../../src/lib/content/gazetteer-fs.ts';
import { listFiles } from '../../src/lib/content/files-fs.ts';
import { sentencePools, syntheticTexts } from './bench/synthetic-archive.ts';
import { firstSearchBytes } from './bench/first-search.ts';
import { benchQueries } from './bench/search-queries.ts';
import { countFiles, folderBytes } from './bench/folder-bytes.ts';
import { timedRun, type TimedRun } from './bench/timed-run.ts';
import { summarizeRuns, type Figures } from './bench/run-summary.ts';
import { buildWithHugo, hugoVersion, indexWithPagefindCli, writePeerSite } from './bench/hugo-peer.ts';
import { reusedPageCount } from '../../tests/helpers/build-site.ts';
import { bulletinsDir, ENTRY_EXTENSION, originalsDir } from '../../src/lib/content/content-layout.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const contentDir = path.join(projectRoot, 'content');

const mb = (bytes: number) => +(bytes / 1048576).toFixed(1);
const seconds = (run: TimedRun) => +run.seconds.toFixed(1);

type RunOptions = { env?: NodeJS.ProcessEnv; okExits?: number[]; onLine?: (line: string) => void };

/** A script Node runs itself (ingest and the build, as `npm run ingest` and `npm run build` do: Node 24 strips the types). */
function runNode(args: string[], options: RunOptions = {}) {
  return timedRun(process.execPath, args, { cwd: projectRoot, ...options, env: { ASTRO_TELEMETRY_DISABLED: '1', ...options.env } });
}

/** `npm run build` of `content` into `dist`, with its own Astro cache: its times, peak and the pages it reused. */
async function build(content: string, dist: string, cache: string, env: NodeJS.ProcessEnv = {}) {
  let indexSeconds = NaN;
  let searchShards = NaN;
  let reusedPages = 0;
  const run = await runNode(['scripts/build.ts', '--outDir', dist], {
    env: { CONTENT_DIR: content, ASTRO_CACHE_DIR: cache, ...env },
    onLine: (line) => {
      indexSeconds = Number(/search index: \d+ bulletins in ([\d.]+) s/.exec(line)?.[1] ?? indexSeconds);
      searchShards = Number(/search index: .*, (\d+) shards/.exec(line)?.[1] ?? searchShards);
      reusedPages += reusedPageCount(line);
    },
  });
  return { ...run, indexSeconds, searchShards, reusedPages };
}

/** What a cold build cost: times and the peak memory of its process tree. */
function coldFigures(run: Awaited<ReturnType<typeof build>>): Figures {
  return {
    siteBuildS: +(run.seconds - run.indexSeconds).toFixed(1),
    searchIndexS: run.indexSeconds,
    searchShards: run.searchShards,
    totalBuildS: seconds(run),
    buildPeakMb: run.peakMb,
  };
}

/**
 * Writes the synthetic archive's raw texts one by one (none is held) and ingests them into
 * `content`, then `runs - 1` times more, each into a fresh folder (content-ingest-R) kept until the
 * end: every ingest run before any build and none after a deletion, since on a file system without
 * a journal, creating files costs more kernel time for ~30 s after many were deleted. Returns the
 * generation's time and each ingest run's figures.
 */
async function generateAndIngest(options: {
  count: number;
  languages: string[];
  pools: Map<string, string[]>;
  raw: string;
  content: string;
  runs: number;
}): Promise<{ generateS: number; runs: Figures[] }> {
  const gazetteer = loadAllGazetteer(contentDir);
  const started = performance.now();
  for (const { fileName, text } of syntheticTexts({ ...options, gazetteer })) writeFileSync(path.join(options.raw, fileName), text);
  const generateS = +((performance.now() - started) / 1000).toFixed(1);
  const runs: Figures[] = [];
  for (let run = 0; run < options.runs; run++) {
    const content = run === 0 ? options.content : `${options.content}-ingest-${run}`;
    cpSync(path.join(contentDir, 'gazetteer'), path.join(content, 'gazetteer'), { recursive: true });
    const ingest = await runNode(['scripts/ingest.ts', '--out', content, options.raw], { okExits: [0, 1] });
    runs.push({
      ingestS: +ingest.seconds.toFixed(2),
      ingestFilesPerS: Math.round(options.count / ingest.seconds),
      ingestPeakMb: ingest.peakMb,
      ingestedBulletins: countFiles(bulletinsDir(content), ENTRY_EXTENSION),
    });
  }
  return { generateS, runs };
}

/** The entry and original files of a content folder, to take out what a step added. */
function contentFiles(content: string): Set<string> {
  return new Set([...listFiles(bulletinsDir(content), ENTRY_EXTENSION), ...listFiles(originalsDir(content), '')]);
}

/**
 * Adds one bulletin and builds again into the cold build's folders, then corrects its title and
 * builds again, then withdraws it (its entry and original) and builds again: the content is then
 * the cold build's once more.
 */
async function rebuildOne(options: {
  content: string;
  raw: string;
  dist: string;
  cache: string;
  extraText: { fileName: string; text: string };
}): Promise<Figures> {
  const before = contentFiles(options.content);
  const extraFile = path.join(options.raw, `extra-${options.extraText.fileName}`);
  writeFileSync(extraFile, options.extraText.text);
  await runNode(['scripts/ingest.ts', '--out', options.content, extraFile], { okExits: [0, 1] });
  rmSync(extraFile);
  const added = [...contentFiles(options.content)].filter((file) => !before.has(file));
  const rebuild = await build(options.content, options.dist, options.cache);
  const entry = added.find((file) => file.endsWith(ENTRY_EXTENSION));
  if (!entry) throw new Error(`ingest made no entry of ${extraFile}`);
  // A corrected title changes its page and every listing, entity page and feed that shows it.
  const text = readFileSync(entry, 'utf8');
  writeFileSync(
    entry,
    text.replace(/^title: (.*)$/m, (line, value: string) => (value.startsWith("'") ? `${line.slice(0, -1)} (corrected)'` : `${line} (corrected)`)),
  );
  const corrected = await build(options.content, options.dist, options.cache);
  for (const file of added) rmSync(file);
  const withdrawn = await build(options.content, options.dist, options.cache);
  return {
    rebuildOneS: seconds(rebuild),
    rebuildSearchIndexS: rebuild.indexSeconds,
    rebuildPeakMb: rebuild.peakMb,
    rebuildReusedPages: rebuild.reusedPages,
    rebuildCorrectedS: seconds(corrected),
    rebuildWithdrawnS: seconds(withdrawn),
  };
}

/** Hugo, then the Pagefind CLI over Hugo's output, from nothing. */
async function buildPeer(siteDir: string, outDir: string, cacheDir: string): Promise<Figures> {
  const hugo = await buildWithHugo(siteDir, outDir, cacheDir);
  const pagefind = await indexWithPagefindCli(outDir);
  return {
    hugoS: seconds(hugo),
    hugoPeakMb: hugo.peakMb,
    pagefindCliS: seconds(pagefind),
    pagefindCliPeakMb: pagefind.peakMb,
    peerTotalS: +(hugo.seconds + pagefind.seconds).toFixed(1),
  };
}

/** Pages, size and search index size of a built site; `prefix` names the peer's (`peerPages`, ...). */
function outputFigures(prefix: '' | 'peer', dir: string): Figures {
  const name = (figure: string) => (prefix ? `${prefix}${figure[0].toUpperCase()}${figure.slice(1)}` : figure);
  return {
    [name('pages')]: countFiles(dir, '.html'),
    [name('distMb')]: mb(folderBytes(dir)),
    [name('searchIndexMb')]: +(folderBytes(path.join(dir, 'pagefind')) / 1048576).toFixed(2),
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      bulletins: { type: 'string', default: '1000' },
      languages: { type: 'string' },
      peer: { type: 'boolean', default: false },
      runs: { type: 'string', default: '1' },
      rebuild: { type: 'boolean', default: false },
      'baseline-index': { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      content: { type: 'string' },
    },
  });
  const runCount = Number(values.runs);
  if (!Number.isInteger(runCount) || runCount < 1) throw new Error(`--runs ${values.runs}: give a whole number of runs, e.g. --runs 3`);
  const pools = sentencePools(contentDir);
  const languages = values.languages ? values.languages.split(',') : [...pools.keys()].sort();
  const work = mkdtempSync(path.join(os.tmpdir(), 'bulletins-bench-'));
  const raw = path.join(work, 'raw');
  const content = path.join(work, 'content');
  mkdirSync(raw);
  const result: Record<string, unknown> = {};
  let ingestRuns: Figures[] = [];
  if (values.content) {
    // A copy: --rebuild adds a bulletin to it.
    cpSync(path.resolve(values.content), content, { recursive: true });
    Object.assign(result, { content: values.content, bulletins: countFiles(bulletinsDir(content), ENTRY_EXTENSION) });
  } else {
    const count = Number(values.bulletins);
    const ingested = await generateAndIngest({ count, languages, pools, raw, content, runs: runCount });
    Object.assign(result, { bulletins: count, languages, generateS: ingested.generateS });
    ingestRuns = ingested.runs;
  }
  const gazetteer = loadAllGazetteer(content);
  const peerSite = path.join(work, 'hugo-site');
  const peerOut = path.join(work, 'hugo-public');
  if (values.peer) {
    const started = performance.now();
    writePeerSite(peerSite, content);
    Object.assign(result, { hugoVersion: hugoVersion(), peerSiteS: +((performance.now() - started) / 1000).toFixed(1) });
  }

  // Run by run, ours then the peer's, so that both see the same load; a run's folders are its own.
  const [extraText] = syntheticTexts({ count: 1, languages, pools, gazetteer, seed: 99 });
  const dist = path.join(work, 'dist');
  const runs: Figures[] = [];
  for (let run = 0; run < runCount; run++) {
    const runDist = run === 0 ? dist : path.join(work, `dist-${run}`);
    const runCache = path.join(work, `cache-${run}`);
    const figures: Figures = { ...ingestRuns[run] };
    if (!values['skip-build']) Object.assign(figures, coldFigures(await build(content, runDist, runCache)));
    // What the cold build made, before a rebuild adds to it.
    if (run === 0 && !values['skip-build']) Object.assign(result, outputFigures('', dist));
    if (values.peer) Object.assign(figures, await buildPeer(peerSite, peerOut, path.join(work, 'hugo-cache')));
    if (run === 0 && values.peer) Object.assign(result, outputFigures('peer', peerOut));
    if (values.peer && !values['skip-build']) figures.coldVsPeer = +(figures.totalBuildS! / figures.peerTotalS!).toFixed(2);
    if (values.rebuild && !values['skip-build']) {
      Object.assign(figures, await rebuildOne({ content, raw, dist: runDist, cache: runCache, extraText }));
      if (values.peer) {
        figures.rebuildVsPeer = +(figures.rebuildOneS! / figures.peerTotalS!).toFixed(2);
        figures.rebuildCorrectedVsPeer = +(figures.rebuildCorrectedS! / figures.peerTotalS!).toFixed(2);
        figures.rebuildWithdrawnVsPeer = +(figures.rebuildWithdrawnS! / figures.peerTotalS!).toFixed(2);
      }
    }
    if (run > 0) for (const dir of [runDist, runCache]) rmSync(dir, { recursive: true, force: true });
    runs.push(figures);
  }
  Object.assign(result, summarizeRuns(runs));

  if (!values['skip-build']) {
    const firstPerson = gazetteer.person[0]?.names.tr?.[0]?.split(' ').at(-1) ?? 'TDT';
    // Several first searches, each from a fresh load; the worst is the figure.
    const queries = values.content ? [{ kind: 'name', query: firstPerson }] : benchQueries(raw, gazetteer);
    const searches: { kind: string; query: string; kb: number | null }[] = [];
    for (const { kind, query } of queries) {
      const searchBytes = await firstSearchBytes(dist, query);
      searches.push({ kind, query, kb: searchBytes === null ? null : Math.round(searchBytes / 1024) });
    }
    result.firstSearches = searches;
    const worst = searches.reduce((max, search) => ((search.kb ?? -1) > (max.kb ?? -1) ? search : max), searches[0]);
    result.firstSearchKb = worst?.kb ?? null;
    result.firstSearchWorstQuery = worst?.query ?? null;

    if (values['baseline-index']) {
      const plainDist = path.join(work, 'dist-plain');
      await build(content, plainDist, path.join(work, 'cache-plain'), { SEARCH_SPELLINGS: 'off' });
      const plainBytes = folderBytes(path.join(plainDist, 'pagefind'));
      result.searchIndexWithoutSpellingsMb = +(plainBytes / 1048576).toFixed(2);
      result.spellingsIndexGrowthPercent = +((100 * (folderBytes(path.join(dist, 'pagefind')) - plainBytes)) / plainBytes).toFixed(1);
      // The spellings' cost on one query, the same name in both builds.
      const bytes = await firstSearchBytes(dist, firstPerson);
      const plainSearchBytes = await firstSearchBytes(plainDist, firstPerson);
      result.firstSearchWithoutSpellingsKb = plainSearchBytes === null ? null : Math.round(plainSearchBytes / 1024);
      if (bytes !== null && plainSearchBytes !== null)
        result.spellingsFirstSearchGrowthPercent = +((100 * (bytes - plainSearchBytes)) / plainSearchBytes).toFixed(1);
    }
  }
  // The benchmark's own process: generation streams its texts, so this stays flat with N.
  result.benchPeakMb = Math.round(process.resourceUsage().maxRSS / 1024);

  console.log(JSON.stringify(result));
  if (values.keep) console.error(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

await main();
