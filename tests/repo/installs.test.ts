import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The tree CI tests is the tree a user installs: package-lock.json records it for every platform,
 * and CI installs exactly it (`npm ci`). docs/dependencies.md says why and what macOS and Windows
 * users do.
 */
const projectRoot = path.resolve(import.meta.dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(projectRoot, file), 'utf8'));

interface LockedPackage {
  version?: string;
  optional?: boolean;
  os?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const manifest = readJson('package.json');
const lock = readJson('package-lock.json') as { lockfileVersion: number; packages: Record<string, LockedPackage> };

/** Where Node finds `name` from the package at `from` (a lockfile key): its own node_modules, then its parents'. */
function lockedPathOf(from: string, name: string): string | null {
  for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!dir) return null;
  }
}

describe('package-lock.json', () => {
  it('records the dependencies package.json declares, as npm ci requires', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
    const root = lock.packages[''];
    for (const key of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) expect(root[key] ?? {}, key).toEqual(manifest[key] ?? {});
  });

  it("records every platform's binary package, not only those of the machine that wrote it", () => {
    const missing = Object.entries(lock.packages).flatMap(([key, locked]) =>
      Object.keys(locked.optionalDependencies ?? {})
        .filter((name) => !lockedPathOf(key, name))
        .map((name) => `${key || 'package.json'} → ${name}`),
    );
    expect(missing).toEqual([]);
    const platforms = new Set(Object.values(lock.packages).flatMap((locked) => locked.os ?? []));
    for (const os of ['linux', 'darwin', 'win32']) expect(platforms).toContain(os);
    for (const pagefind of ['linux-x64', 'darwin-arm64', 'darwin-x64', 'windows-x64'])
      expect(lock.packages[`node_modules/@pagefind/${pagefind}`]?.optional).toBe(true);
  });

  it("locks the `node` package as optional: where the registry lacks its binary, npm ci goes on and the scripts use the machine's Node", () => {
    expect(lock.packages['node_modules/node']).toMatchObject({ optional: true });
    expect(manifest.devDependencies?.node).toBeUndefined();
  });
});

describe('CI installs', () => {
  it('exactly the recorded tree: `npm ci` in .ci/run and in every workflow job, never `npm install`', () => {
    const ciRun = readFileSync(path.join(projectRoot, '.ci/run'), 'utf8');
    expect(ciRun).toMatch(/^npm ci\b/m);
    expect(ciRun).not.toMatch(/^\s*npm (install|i)\b/m);
    for (const workflowFile of ['check.yml', 'deploy.yml']) {
      const workflow = parse(readFileSync(path.join(projectRoot, '.github/workflows', workflowFile), 'utf8')) as {
        jobs: Record<string, { steps: { run?: string }[] }>;
      };
      for (const [name, job] of Object.entries(workflow.jobs)) {
        const runs = job.steps.map((step) => step.run ?? '');
        expect(
          runs.filter((run) => /\bnpm (install|i)\b/.test(run)),
          `${workflowFile} ${name}`,
        ).toEqual([]);
        if (runs.some((run) => /\bnpm run\b/.test(run)))
          expect(
            runs.some((run) => /^npm ci\b/.test(run)),
            `${workflowFile} ${name}`,
          ).toBe(true);
      }
    }
  });
});
