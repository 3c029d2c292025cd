import type { LoaderContext } from 'astro/loaders';

type Watcher = NonNullable<LoaderContext['watcher']>;

/** How long to wait before reading a file again that read as broken: long enough for a write in progress to end. */
const REREAD_AFTER_MS = 200;

/**
 * In `astro dev`: watches `paths` and calls `sync(file)` when a file `accepts` takes is added or
 * changed, `removed(file)` when it is deleted, so that a loader's store follows the content folder.
 * A file that cannot be read is read once more a moment later: a change event can come while the
 * file is still being written (truncated, then filled), and an editor saving it must not see an
 * error, nor the page miss the change. If it still fails, the error is logged (its message says
 * where and what to do) and the store keeps the last good version.
 */
export function followFiles(
  watcher: Watcher,
  paths: string[],
  options: {
    accepts: (file: string) => boolean;
    sync: (file: string) => Promise<void>;
    removed: (file: string) => Promise<void> | void;
    logger: LoaderContext['logger'];
  },
): void {
  watcher.add(paths);
  const written = async (file: string) => {
    if (!options.accepts(file)) return;
    try {
      await options.sync(file);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, REREAD_AFTER_MS));
      try {
        await options.sync(file);
      } catch (error) {
        options.logger.error((error as Error).message);
      }
    }
  };
  watcher.on('add', written);
  watcher.on('change', written);
  watcher.on('unlink', async (file) => {
    if (!options.accepts(file)) return;
    try {
      await options.removed(file);
    } catch (error) {
      options.logger.error((error as Error).message);
    }
  });
}
