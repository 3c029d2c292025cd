/**
 * npm run eval:stories -- FILE.jsonl [--json]
 *
 * Scores same-story links and entity tagging against a labelled set in the shape of
 * ../shared/corpus/LABELLING.md: one JSON object a line with `id`, `lang`, `text`, `date` and, where
 * labelled, `story` (an id shared by the pages that report one event, or null), `people`,
 * `organizations` and `countries` (usual English names). The texts are ingested as a maintainer
 * would (a known `date` as the first line's date header) into a temporary content folder with the
 * project's gazetteer (or CONTENT_DIR's), and read with the build's own knowledge of the archive
 * (src/lib/entities/archive-knowledge.ts). Prints pair precision and recall (every pair of pages in
 * one labelled story, against every pair the archive puts in one story) and, per kind, the share
 * of labelled names tagged and of tags that are labelled, with every miss.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadAllGazetteer } from '../../src/lib/content/gazetteer-fs.ts';
import { resolveContentDir } from '../../src/lib/content/content-layout.ts';
import type { GazetteerEntity } from '../../src/lib/content/gazetteer-schema.ts';
import { knowArchive } from '../../src/lib/entities/archive-knowledge.ts';
import { readArchiveInputs } from './archive-inputs.ts';

interface LabelledItem {
  id: string;
  text: string;
  date?: string | null;
  story?: string | null;
  people?: string[];
  organizations?: string[];
  countries?: string[];
}

const KINDS = [
  { kind: 'person', field: 'people' },
  { kind: 'organization', field: 'organizations' },
  { kind: 'country', field: 'countries' },
] as const;

function readItems(file: string): LabelledItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      if (!line.trim()) return [];
      try {
        const item = JSON.parse(line) as LabelledItem;
        if (typeof item.id !== 'string' || typeof item.text !== 'string') throw new Error('no id or text');
        return [item];
      } catch {
        throw new Error(`${file}:${index + 1}: not a JSON object with "id" and "text"; each line must be one`);
      }
    });
}

const normal = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The usual English names a label may give an entity: its English names and its id read as words. */
function englishNames(entity: GazetteerEntity): Set<string> {
  return new Set([...(entity.names.en ?? []), entity.id.replace(/-/g, ' ')].map(normal));
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\t${b}` : `${b}\t${a}`);

function pairsOf(groups: Map<string, string[]>): Set<string> {
  const pairs = new Set<string>();
  for (const members of groups.values())
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) pairs.add(pairKey(members[i], members[j]));
  return pairs;
}

export function evaluateStories(items: readonly LabelledItem[], gazetteerDir: string) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'eval-stories-'));
  try {
    const raw = path.join(work, 'raw');
    const content = path.join(work, 'content');
    mkdirSync(raw, { recursive: true });
    cpSync(path.join(gazetteerDir, 'gazetteer'), path.join(content, 'gazetteer'), { recursive: true });
    for (const [index, item] of items.entries())
      writeFileSync(path.join(raw, `${String(index).padStart(5, '0')}.txt`), `${item.date ? `date ${item.date}\n` : ''}${item.text}`);
    const ingest = spawnSync(process.execPath, ['scripts/ingest.ts', raw, '--out', content, '--json', '--keep'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (!ingest.stdout.trim().startsWith('{')) throw new Error(`ingest failed (exit ${ingest.status}): ${ingest.stderr.slice(-2000)}`);
    const results = (JSON.parse(ingest.stdout) as { results: { input: string; output: string | null }[] }).results;
    const itemOf = new Map<string, LabelledItem>();
    for (const result of results) {
      if (!result.output) continue;
      const id = path.relative(path.join(content, 'bulletins'), result.output).split(path.sep).join('/').replace(/\.md$/, '');
      itemOf.set(id, items[Number(path.basename(result.input, '.txt'))]);
    }
    const gazetteer = loadAllGazetteer(content);
    const knowledge = knowArchive(readArchiveInputs(content), gazetteer);

    const gold = new Map<string, string[]>();
    for (const item of itemOf.values()) if (item.story) gold.set(item.story, [...(gold.get(item.story) ?? []), item.id]);
    const predicted = new Map(knowledge.stories.map((story) => [story.id, story.members.flatMap((id) => (itemOf.has(id) ? [itemOf.get(id)!.id] : []))]));
    const goldPairs = pairsOf(gold);
    const predictedPairs = pairsOf(predicted);
    const right = [...predictedPairs].filter((pair) => goldPairs.has(pair));

    const entities: Record<string, { labelled: number; found: number; tagged: number; correct: number }> = {};
    const misses: string[] = [];
    for (const [id, item] of itemOf) {
      const known = knowledge.bulletins.get(id)!;
      for (const { kind, field } of KINDS) {
        const labels = item[field];
        if (!Array.isArray(labels)) continue;
        const score = (entities[field] ??= { labelled: 0, found: 0, tagged: 0, correct: 0 });
        const tagged = known[field].map((entityId) => gazetteer[kind].find((entity) => entity.id === entityId)!).filter(Boolean);
        const names = tagged.map(englishNames);
        for (const label of labels) {
          score.labelled++;
          if (names.some((set) => set.has(normal(label)))) score.found++;
          else misses.push(`${item.id}: ${field} "${label}" not tagged`);
        }
        for (const [index, entity] of tagged.entries()) {
          score.tagged++;
          if (labels.some((label) => names[index].has(normal(label)))) score.correct++;
          else misses.push(`${item.id}: ${field} tagged "${entity.id}", which the labels do not name`);
        }
      }
    }
    const rate = (part: number, whole: number) => (whole ? Math.round((1000 * part) / whole) / 1000 : null);
    return {
      bulletins: itemOf.size,
      stories: {
        labelledPairs: goldPairs.size,
        predictedPairs: predictedPairs.size,
        rightPairs: right.length,
        precision: rate(right.length, predictedPairs.size),
        recall: rate(right.length, goldPairs.size),
        wrongPairs: [...predictedPairs].filter((pair) => !goldPairs.has(pair)).map((pair) => pair.replace('\t', ' ↔ ')),
        missedPairs: [...goldPairs].filter((pair) => !predictedPairs.has(pair)).map((pair) => pair.replace('\t', ' ↔ ')),
      },
      entities: Object.fromEntries(
        Object.entries(entities).map(([field, score]) => [
          field,
          { ...score, recall: rate(score.found, score.labelled), precision: rate(score.correct, score.tagged) },
        ]),
      ),
      entityMisses: misses,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const file = process.argv[2];
  if (!file || file.startsWith('--')) {
    console.error('usage: npm run eval:stories -- FILE.jsonl [--json]');
    process.exit(2);
  }
  let items: LabelledItem[];
  try {
    items = readItems(file);
  } catch (error) {
    console.error(`eval:stories: ${(error as Error).message}`);
    process.exit(2);
  }
  const report = evaluateStories(items, resolveContentDir());
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else {
    const { stories, entities } = report;
    console.log(`${report.bulletins} bulletins ingested of ${items.length}`);
    console.log(
      `same story: precision ${stories.precision ?? 'n/a'} (${stories.rightPairs}/${stories.predictedPairs} pairs), recall ${stories.recall ?? 'n/a'} (${stories.rightPairs}/${stories.labelledPairs})`,
    );
    for (const pair of stories.wrongPairs) console.log(`  linked, not one story: ${pair}`);
    for (const pair of stories.missedPairs) console.log(`  one story, not linked: ${pair}`);
    for (const [field, score] of Object.entries(entities)) {
      console.log(
        `${field}: tagged ${score.found}/${score.labelled} named (${score.recall ?? 'n/a'}), ${score.correct}/${score.tagged} tags right (${score.precision ?? 'n/a'})`,
      );
    }
    for (const miss of report.entityMisses) console.log(`  ${miss}`);
  }
}
