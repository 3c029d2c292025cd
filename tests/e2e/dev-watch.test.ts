import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';
import { makeSeedArchive } from '../helpers/fixture-archive.ts';

/**
 * `npm run dev` follows the work: a maintainer edits an entry or the gazetteer, or adds or removes an
 * entry, and the preview shows it within a couple of seconds. A real `astro dev` on a copy of the
 * seeds' archive (tests/helpers/fixture-archive.ts); each change must show within FOLLOW_MS of its write.
 */
const FOLLOW_MS = 5_000;
const KY = 'ky/2021-05-19-ministr-ruslan-kazakbaev-dushanbede-otkon-zhkkunun-kezektegi';

let dev: ChildProcess | undefined;
let origin = '';
let output = '';
let contentDir = '';
const entry = (id: string) => path.join(contentDir, 'bulletins', `${id}.md`);
const edit = (file: string, change: (text: string) => string) => {
  const text = readFileSync(file, 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`the edit changed nothing in ${file}`);
  writeFileSync(file, changed);
};

async function page(pathname: string): Promise<{ status: number; html: string }> {
  const response = await fetch(new URL(pathname, origin));
  return { status: response.status, html: await response.text() };
}

/** Polls `pathname` until `shows` holds for it; fails with what the page last showed after FOLLOW_MS. */
async function showsWithin(pathname: string, shows: (result: { status: number; html: string }) => boolean): Promise<void> {
  const start = Date.now();
  let last = { status: 0, html: '' };
  while (Date.now() - start < FOLLOW_MS) {
    last = await page(pathname);
    if (shows(last)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${pathname} did not show the change within ${FOLLOW_MS} ms (status ${last.status}); the dev server said:\n${output.slice(-3000)}`);
}

/** This process's environment without what vitest sets for its own workers (NODE_ENV=test, VITEST…), which Vite's dev server would take as its own. */
function devEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
}

const h1 = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];

describe('npm run dev follows edits to the content folder', () => {
  beforeAll(async () => {
    contentDir = makeSeedArchive();
    dev = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', '0'], {
      cwd: projectRoot,
      env: {
        ...devEnvironment(),
        CONTENT_DIR: contentDir,
        ASTRO_CACHE_DIR: mkdtempSync(path.join(os.tmpdir(), 'bulletins-astro-cache-')),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      // Its own process group, so that afterAll stops Astro and everything it started.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    origin = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`astro dev did not start within 90 s:\n${output}`)), 90_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const url = /Local\s+(http:\/\/\S+?)\/?\s/.exec(output)?.[1];
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
      };
      dev!.stdout!.on('data', read);
      dev!.stderr!.on('data', read);
      dev!.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
    });
    // The first request renders the route's code; later ones measure only the following.
    expect(h1((await page(`/${KY}/`)).html)).toBe('Министр Руслан Казакбаев Душанбеде өткөн ЖККУнун кезектеги жыйынына катышты');
  }, 120_000);

  afterAll(() => {
    if (dev?.pid) {
      try {
        process.kill(-dev.pid, 'SIGTERM');
      } catch {
        // Already stopped.
      }
    }
  });

  it('an edited title, on the bulletin page and the language listing', async () => {
    edit(entry(KY), (text) => text.replace(/^title: .*$/m, 'title: Казакбаев ЖККУнун жыйынында (оңдолду)'));
    await showsWithin(`/${KY}/`, ({ html }) => h1(html) === 'Казакбаев ЖККУнун жыйынында (оңдолду)');
    await showsWithin('/ky/', ({ html }) => html.includes('Казакбаев ЖККУнун жыйынында (оңдолду)'));
  });

  it('an edited body', async () => {
    edit(entry(KY), (text) => `${text.trimEnd()}\n\nБул сүйлөм кийин кошулду.\n`);
    await showsWithin(`/${KY}/`, ({ html }) => html.includes('<p>Бул сүйлөм кийин кошулду.</p>'));
  });

  it('a new entry, then the same entry removed', async () => {
    const id = 'ky/2021-05-20-zhany-kabar';
    copyFileSync(entry(KY), entry(id));
    edit(entry(id), (text) => text.replace(/^title: .*$/m, 'title: Жаңы кабар').replace(/^date: .*$/m, "date: '2021-05-20'"));
    await showsWithin(`/${id}/`, ({ status, html }) => status === 200 && h1(html) === 'Жаңы кабар');
    await showsWithin('/ky/', ({ html }) => html.includes('Жаңы кабар'));
    rmSync(entry(id));
    await showsWithin(`/${id}/`, ({ status }) => status === 404);
    await showsWithin('/ky/', ({ html }) => !html.includes('Жаңы кабар'));
  });

  it('a name corrected in the gazetteer, on the pages of the bulletins that name it', async () => {
    edit(path.join(contentDir, 'gazetteer/people.json'), (text) =>
      text.replace('"ky": ["Эмомали Рахмон"', '"ky": ["Эмомали Рахмон (Тажикстандын президенти)"'),
    );
    await showsWithin(`/${KY}/`, ({ html }) => html.includes('Эмомали Рахмон (Тажикстандын президенти)'));
  });

  it('a gazetteer made invalid: the terminal says where and what to do, the pages keep the last good names', async () => {
    const people = path.join(contentDir, 'gazetteer/people.json');
    const good = readFileSync(people, 'utf8');
    edit(people, (text) => text.replace(/\}\s*\]\s*$/, '},\n]\n'));
    const start = Date.now();
    while (!/people\.json:\d+:\d+: a comma after the last item of a list/.test(output) && Date.now() - start < FOLLOW_MS)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(output).toMatch(/people\.json:\d+:\d+: a comma after the last item of a list, which JSON does not allow \(remove this comma before "\]"\)/);
    const shown = await page(`/${KY}/`);
    expect(shown.status).toBe(200);
    expect(shown.html).toContain('Эмомали Рахмон (Тажикстандын президенти)');
    writeFileSync(people, good.replace('"ky": ["Эмомали Рахмон (Тажикстандын президенти)"', '"ky": ["Эмомали Рахмон"'));
    await showsWithin(`/${KY}/`, ({ html }) => html.includes('Эмомали Рахмон') && !html.includes('(Тажикстандын президенти)'));
  });
});
