import { createHash } from 'node:crypto';

/**
 * How an original is identified: the SHA-256 of its bytes. A module of its own so that the write
 * stage and `npm run check` get it without loading the analysis code (franc's models and all).
 */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
