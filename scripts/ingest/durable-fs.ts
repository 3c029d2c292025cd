import { open } from 'node:fs/promises';

/**
 * fsync, for the writes ingest must not lose to a power cut: what the operating system still holds
 * in memory when the power goes is lost, and a file renamed into place before its bytes reached the
 * disk can come back empty.
 */

/** The file's bytes are on the disk once this resolves. */
export async function flushFile(file: string): Promise<void> {
  // Opened for writing: Windows flushes only a file opened so.
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The names created, renamed or removed in a folder are on the disk once this resolves. Windows
 * cannot open a folder to flush it; NTFS journals names itself.
 */
export async function flushFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
