/**
 * The text of a file stored gzipped, as it arrives: some hosts send `.gz` files as they are, others
 * (`astro preview`, servers that map `.gz` to `Content-Encoding: gzip`) let the browser unpack them
 * first. The gzip magic number says which; JSON never begins with it.
 */
export async function gunzippedText(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}
