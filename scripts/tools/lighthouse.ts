/**
 * `npm run lighthouse`: Lighthouse's four scores (mobile: throttled network and CPU) for a bulletin
 * page and the search page with results, on a build of the project's archive served locally.
 * Timed scores vary from run to run, so this is a benchmark to read, not a test. Needs Chromium
 * (`CHROMIUM_PATH`, default /usr/bin/chromium, as for the browser tests).
 *
 *   npm run lighthouse [-- --runs N] [--explain]
 *     --runs N    N runs per page; prints the median and the range (default 1)
 *     --explain   also list the audits that cost points
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../../tests/helpers/chromium.ts';
import { serveStatic } from '../../tests/helpers/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const projectRoot = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' }, explain: { type: 'boolean', default: false } } });
const runs = Math.max(1, Number(values.runs));

mkdirSync(path.join(projectRoot, '.cache'), { recursive: true });
const outDir = mkdtempSync(path.join(projectRoot, '.cache', 'lighthouse-'));
console.log(`building the archive into ${path.relative(projectRoot, outDir)}/ …`);
const build = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--outDir', outDir], {
  cwd: projectRoot,
  encoding: 'utf8',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: mkdtempSync(path.join(os.tmpdir(), 'lighthouse-astro-cache-')) },
});
if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stderr}\n${build.stdout.slice(-2000)}`);

const [lang] = readdirSync(path.join(outDir, 'ky')).length ? ['ky'] : readdirSync(outDir);
const bulletin = readdirSync(path.join(outDir, lang), { withFileTypes: true }).find((entry) => /^\d{4}-/.test(entry.name))!.name;
const pages = { bulletin: `${lang}/${bulletin}/`, search: `${lang}/search/?q=${encodeURIComponent('Бишкек')}` };

const site = await serveStatic(outDir);
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', '--no-sandbox'] });
try {
  for (const [name, page] of Object.entries(pages)) {
    const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((category) => [category, []]));
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${site.url}${page}`, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
      for (const category of CATEGORIES) scores[category].push(Math.round((result!.lhr.categories[category].score ?? 0) * 100));
      if (values.explain) {
        for (const category of CATEGORIES) {
          for (const { id, weight } of result!.lhr.categories[category].auditRefs) {
            const audit = result!.lhr.audits[id];
            if (weight > 0 && audit.score !== null && audit.score < 1) console.log(`  ${category}: ${id} ${audit.score} ${audit.displayValue ?? ''}`);
          }
        }
      }
    }
    console.log(`${name.padEnd(9)} /${page}`);
    // The machine is shared and timed scores are noisy: the median, with the range seen.
    const summary = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const median = sorted[Math.floor((sorted.length - 1) / 2)];
      return sorted.length > 1 ? `${median} (${sorted[0]}–${sorted.at(-1)})` : `${median}`;
    };
    console.log(`          ${CATEGORIES.map((category) => `${category} ${summary(scores[category])}`).join(' · ')}`);
  }
} finally {
  chrome.kill();
  await site.close();
}
