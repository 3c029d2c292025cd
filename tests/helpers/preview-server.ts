import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { projectRoot } from './build-site.ts';

/** A port no one listens on now, from the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `npm run preview` of a built site, as a maintainer runs it (Astro's own preview server), on a
 * loopback port; `close` stops it (its process group: npm, then Astro).
 */
export async function runPreview(dist: string): Promise<{ url: string; close: () => void }> {
  const port = await freePort();
  const child = spawn('npm', ['run', 'preview', '--', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const close = () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run preview did not start in 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(`127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm run preview exited ${code}:\n${output}`));
    });
  }).catch((error: unknown) => {
    close();
    throw error;
  });
  return { url: `http://127.0.0.1:${port}/`, close };
}
