import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzippedText } from './gzipped-file.ts';

describe('gunzippedText', () => {
  const json = JSON.stringify({ keys: { kopsuzduk: ['коопсуздук'] } });

  it('unpacks a file that arrives gzipped, as a host that sends .gz files as they are serves it', async () => {
    expect(await gunzippedText(new Uint8Array(gzipSync(json)))).toBe(json);
  });

  it('reads a file the browser has already unpacked, as a host that sends .gz with Content-Encoding: gzip serves it', async () => {
    expect(await gunzippedText(new TextEncoder().encode(json))).toBe(json);
  });
});
