import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * Dependabot reads .github/dependabot.yml only on GitHub, and a file it cannot use is reported
 * there, not here. What its schema (version 2) requires can be read here: the top-level keys, and
 * per update its ecosystem, its folder and its schedule; groups name at least one rule.
 */
const projectRoot = path.resolve(import.meta.dirname, '../..');
const config = parse(readFileSync(path.join(projectRoot, '.github/dependabot.yml'), 'utf8')) as Record<string, unknown>;
const updates = (config.updates ?? []) as Record<string, unknown>[];

const TOP_LEVEL_KEYS = ['version', 'updates', 'registries', 'enable-beta-ecosystems', 'multi-ecosystem-groups'];
const ECOSYSTEMS = [
  'bun',
  'bundler',
  'cargo',
  'composer',
  'devcontainers',
  'docker',
  'docker-compose',
  'dotnet-sdk',
  'elm',
  'github-actions',
  'gitsubmodule',
  'gomod',
  'gradle',
  'helm',
  'maven',
  'mix',
  'npm',
  'nuget',
  'pip',
  'pub',
  'swift',
  'terraform',
  'uv',
];
const INTERVALS = ['daily', 'weekly', 'monthly', 'quarterly', 'semiannually', 'yearly', 'cron'];
const GROUP_RULES = ['patterns', 'exclude-patterns', 'dependency-type', 'update-types'];
const UPDATE_TYPES = ['major', 'minor', 'patch'];

describe('.github/dependabot.yml', () => {
  it('has version 2 and a list of updates, and no top-level key Dependabot does not know', () => {
    expect(config.version).toBe(2);
    expect(Array.isArray(config.updates) && updates.length > 0).toBe(true);
    expect(Object.keys(config).filter((key) => !TOP_LEVEL_KEYS.includes(key))).toEqual([]);
  });

  it('gives each update a known ecosystem, a folder that exists and a schedule interval', () => {
    for (const update of updates) {
      expect(ECOSYSTEMS).toContain(update['package-ecosystem']);
      const directory = update.directory as string;
      expect(typeof directory === 'string' && directory.startsWith('/')).toBe(true);
      expect(existsSync(path.join(projectRoot, directory))).toBe(true);
      expect(INTERVALS).toContain((update.schedule as { interval?: string } | undefined)?.interval);
    }
  });

  it("updates npm (package.json and its lockfile) and the workflows' actions weekly, each in groups", () => {
    const byEcosystem = new Map(updates.map((update) => [update['package-ecosystem'], update]));
    const npm = byEcosystem.get('npm');
    const actions = byEcosystem.get('github-actions');
    for (const update of [npm, actions]) {
      expect(update).toBeDefined();
      expect((update!.schedule as { interval: string }).interval).toBe('weekly');
      const groups = Object.entries((update!.groups ?? {}) as Record<string, Record<string, unknown>>);
      expect(groups.length).toBeGreaterThan(0);
      for (const [, group] of groups) {
        expect(Object.keys(group).some((key) => GROUP_RULES.includes(key))).toBe(true);
        for (const type of (group['update-types'] ?? []) as string[]) expect(UPDATE_TYPES).toContain(type);
      }
    }
    for (const file of ['package.json', 'package-lock.json']) expect(existsSync(path.join(projectRoot, npm!.directory as string, file))).toBe(true);
  });
});
