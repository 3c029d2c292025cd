import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * One ingest at a time per content folder: `<content>/.ingest.lock` holds the pid and host of the
 * ingest writing to it. A second ingest waits for it to finish; a lock whose process is gone (an
 * ingest that crashed or was killed) is taken over. Both are said on stderr.
 */
export interface IngestLock {
  release(): void;
}

interface LockHolder {
  pid: number;
  host: string;
  started: string;
}

const WAIT_STEP_MS = 200;

export function lockFileOf(contentDir: string): string {
  return path.join(contentDir, '.ingest.lock');
}

export async function acquireIngestLock(contentDir: string, say: (line: string) => void = (line) => console.error(line)): Promise<IngestLock> {
  const lockFile = lockFileOf(contentDir);
  const holder: LockHolder = { pid: process.pid, host: os.hostname(), started: new Date().toISOString() };
  // Written whole under a name of its own, then linked to the lock's name, which fails if the lock
  // exists: a lock file is never seen empty or half written.
  const mine = `${lockFile}.${process.pid}`;
  writeFileSync(mine, `${JSON.stringify(holder)}\n`);
  let waitingFor: number | null = null;
  try {
    for (;;) {
      try {
        linkSync(mine, lockFile);
        return { release: () => rmSync(lockFile, { force: true }) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const current = readHolder(lockFile);
      if (current === 'gone') continue;
      if (current && current.host === holder.host && !isRunning(current.pid)) {
        takeOver(lockFile, current);
        say(
          `ingest: took over ${lockFile} from an ingest that stopped without finishing (pid ${current.pid}, started ${current.started}); this run finishes what it left`,
        );
        continue;
      }
      const pid = current ? current.pid : 0;
      if (waitingFor !== pid) {
        waitingFor = pid;
        say(
          current
            ? `ingest: waiting for the ingest that is writing to ${contentDir} (pid ${current.pid} on ${current.host}, started ${current.started}) to finish…`
            : `ingest: waiting for ${lockFile} to go: another ingest is writing to ${contentDir}…`,
        );
        say(`  (if no ingest is running, remove ${lockFile})`);
      }
      await sleep(WAIT_STEP_MS);
    }
  } finally {
    rmSync(mine, { force: true });
  }
}

/** The lock's holder; null when its file cannot be read as one (then it is waited for), 'gone' when it was just removed. */
function readHolder(lockFile: string): LockHolder | null | 'gone' {
  let text: string;
  try {
    text = readFileSync(lockFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) && typeof holder.host === 'string' ? holder : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes a stale lock, and only it: the lock is first moved aside under a name of this process's
 * own (a rename is atomic, so of two ingests taking over at once one moves it, the other finds it
 * gone), and removed once it is certain that it is the stale one. A live ingest's lock moved aside
 * by mistake (it took over in between) is put back.
 */
function takeOver(lockFile: string, stale: LockHolder): void {
  const aside = `${lockFile}.stale.${process.pid}`;
  try {
    renameSync(lockFile, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readHolder(aside);
  if (moved && moved !== 'gone' && (moved.pid !== stale.pid || moved.started !== stale.started)) {
    try {
      linkSync(aside, lockFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  rmSync(aside, { force: true });
}
