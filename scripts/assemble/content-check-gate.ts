import type { ChildProcess } from 'node:child_process';

/**
 * `npm run build` starts Astro while the content check still runs (scripts/build.ts): Astro's own
 * start (its config, Vite, the routes' code) needs nothing of the content and takes seconds. Astro
 * must not load the bulletins before the check has passed, though: the loader takes the frontmatter
 * the check parsed from its cache (scripts/assemble/bulletin-loader.ts), and an entry the check rejects
 * must never reach the site. So the loader asks the build, over the IPC channel the build opened,
 * and waits for its answer; the build answers once the check has passed (and stops Astro if it
 * failed). Asked, not told: an answer sent before the loader listened would be lost.
 */
const GATE_ENV = 'BULLETINS_CONTENT_CHECK_GATE';
const ASK = 'content-checked?';
const ANSWER = 'content-checked';

let passed: Promise<void> | undefined;

/** In Astro's process: settles once the build's content check has passed (at once without such a build, e.g. `astro dev`). */
export function contentCheckPassed(): Promise<void> {
  passed ??= new Promise((resolve) => {
    const send = process.send?.bind(process);
    if (process.env[GATE_ENV] !== '1' || !send) return resolve();
    const onMessage = (message: unknown) => {
      if (message !== ANSWER) return;
      process.off('message', onMessage);
      // The channel would keep Astro's process alive once it has finished.
      process.channel?.unref();
      resolve();
    };
    process.on('message', onMessage);
    send(ASK);
  });
  return passed;
}

/** In the build: what Astro's environment gets (beside an 'ipc' channel in its stdio) for its loader to wait. */
export const gatedEnv = { [GATE_ENV]: '1' };

/** In the build: answers the child's question once `open()` is called, whether it asked before or after. */
export function contentCheckGate(child: ChildProcess): { open: () => void } {
  let open = false;
  let asked = false;
  const answer = () => {
    if (open && asked && child.connected) child.send(ANSWER);
  };
  child.on('message', (message) => {
    if (message !== ASK) return;
    asked = true;
    answer();
  });
  return {
    open: () => {
      open = true;
      answer();
    },
  };
}
