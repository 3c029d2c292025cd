import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { astroCacheDir } from '../../scripts/assemble/build-output.ts';

/**
 * The deploy workflow can only run on GitHub; what decides whether a deploy after one new bulletin
 * is incremental can be read here: that it caches the very folders the build reads and writes,
 * restores them before the build and saves them after it, under a key that changes on every commit
 * with restore keys that find the last one.
 */
const projectRoot = path.resolve(import.meta.dirname, '../..');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, { env?: Record<string, string>; steps: Step[] }>;
}

const workflow = parse(readFileSync(path.join(projectRoot, '.github/workflows/deploy.yml'), 'utf8')) as Workflow;
const stepIn = (job: string, match: (step: Step) => boolean, what: string) => {
  const index = workflow.jobs[job]?.steps.findIndex(match) ?? -1;
  if (index < 0) throw new Error(`deploy.yml's ${job} job has no ${what} step`);
  return index;
};
// The build job restores the cache and builds; the assemble job, once the search index is whole,
// saves the cache and uploads the site.
const build = workflow.jobs.build;
const steps = build.steps;
const assembleSteps = workflow.jobs.assemble?.steps ?? [];
const restoreAt = stepIn('build', (step) => /^actions\/cache\/restore@/.test(step.uses ?? ''), 'actions/cache/restore');
const buildAt = stepIn('build', (step) => /^npm run build\b/.test(step.run ?? ''), 'npm run build');
const finishAt = stepIn('assemble', (step) => /search:shard -- .*--finish/.test(step.run ?? ''), 'search:shard --finish');
const saveAt = stepIn('assemble', (step) => /^actions\/cache\/save@/.test(step.uses ?? ''), 'actions/cache/save');
const uploadAt = stepIn('assemble', (step) => /^actions\/upload-pages-artifact@/.test(step.uses ?? ''), 'upload-pages-artifact');
const restore = steps[restoreAt];
const save = assembleSteps[saveAt];

/** The environment the build step runs with: the workflow's, the job's, then the step's own. */
const buildEnv = { ...workflow.env, ...build.env, ...steps[buildAt].env };

/** `${{ env.NAME }}` replaced as Actions does, from the build step's environment. */
const expand = (value: string) =>
  value.replace(/\$\{\{\s*env\.(\w+)\s*\}\}/g, (_, name: string) => {
    if (!(name in buildEnv)) throw new Error(`deploy.yml uses env.${name}, which the build step does not have`);
    return buildEnv[name];
  });
const lines = (value: string | undefined) =>
  (value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const cachedFolders = lines(restore.with?.path).map((line) => path.resolve(projectRoot, expand(line)));

describe('deploy workflow: the build cache', () => {
  it('holds the folder the build keeps its Astro cache in, resolved as the build resolves ASTRO_CACHE_DIR', () => {
    expect(buildEnv.ASTRO_CACHE_DIR, 'the build step gets ASTRO_CACHE_DIR from the workflow').toBeTruthy();
    expect(cachedFolders).toContain(astroCacheDir(projectRoot, buildEnv));
  });

  it('holds the output folder the build writes and the Pages artifact uploads', () => {
    // scripts/build.ts writes dist/ unless given --outDir.
    expect(steps[buildAt].run).not.toMatch(/--outDir/);
    expect(path.resolve(projectRoot, assembleSteps[uploadAt].with?.path ?? '')).toBe(path.join(projectRoot, 'dist'));
    expect(cachedFolders).toContain(path.join(projectRoot, 'dist'));
  });

  it('is restored before the build and saved only once the search index is whole, with the same paths and key', () => {
    expect(restoreAt).toBeLessThan(buildAt);
    expect(saveAt).toBeGreaterThan(finishAt);
    expect(saveAt).toBeLessThan(uploadAt);
    // The cache's version is a hash of its paths: a save with other paths is never restored.
    expect(save.with?.path).toBe(restore.with?.path);
    expect(save.with?.key).toBe(restore.with?.key);
  });

  it('is saved under a new key on every commit, and a new commit restores the last one', () => {
    const key = restore.with?.key ?? '';
    expect(key).toContain('${{ github.sha }}');
    const restoreKeys = lines(restore.with?.['restore-keys']);
    expect(restoreKeys.length).toBeGreaterThan(0);
    // A restore key matches the newest cache whose key starts with it: the part before the commit.
    for (const prefix of restoreKeys) expect(key.startsWith(prefix) && !prefix.includes('github.sha')).toBe(true);
  });
});
