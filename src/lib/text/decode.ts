import iconv from 'iconv-lite';

/** What the decode stage makes of a file's bytes: text to work on, or the reason it cannot be read. */
export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1251' } | { ok: false; error: string };

const SAVE_AS_UTF8 = 'save it as UTF-8 text (in most editors: "Save as…" → Encoding: UTF-8) and ingest it again';

/**
 * The largest file ingest reads. A news bulletin is a few kilobytes and a long report some hundreds;
 * a bigger file is a whole page dump, a feed archive or several articles pasted together. Reading
 * one would also be slow: language detection and the date search scan the whole text (a 20 MB text
 * took about 15 s) and the page and search index made from it would be just as bloated.
 */
export const MAX_TEXT_BYTES = 1024 * 1024;

/**
 * Turns a raw file's bytes into NFC text with `\n` line ends. The bytes themselves are never changed:
 * the caller keeps them as the original.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'the file is empty; paste the bulletin text into it' };
  if (bytes.length > MAX_TEXT_BYTES) {
    return {
      ok: false,
      error: `the file is ${megabytes(bytes.length)}, more than the ${megabytes(MAX_TEXT_BYTES)} a bulletin can be; it probably holds several articles or a whole saved page: keep one article's text per file`,
    };
  }

  let decoded: Decoded;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) decoded = decodeUtf8(bytes.subarray(3), 'utf-8-bom');
  else if (startsWith(bytes, [0xff, 0xfe])) decoded = decodeUtf16(bytes.subarray(2), 'utf-16le');
  else if (startsWith(bytes, [0xfe, 0xff])) decoded = decodeUtf16(bytes.subarray(2), 'utf-16be');
  else if (bytes.includes(0))
    decoded = { ok: false, error: `the file contains NUL bytes, so it is binary or UTF-16 without a byte-order mark; ${SAVE_AS_UTF8}` };
  else {
    decoded = decodeUtf8(bytes, 'utf-8');
    if (!decoded.ok) decoded = decodeWindows1251(bytes);
  }
  if (!decoded.ok) return decoded;

  const text = decoded.text.replace(/\r\n?/g, '\n').normalize('NFC');
  if (hasControlCharacters(text)) {
    return { ok: false, error: `the file contains control characters, so it is not plain text; ${SAVE_AS_UTF8}` };
  }
  if (text.trim() === '') return { ok: false, error: 'the file holds only white space; paste the bulletin text into it' };
  return { ...decoded, text };
}

function megabytes(size: number): string {
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function decodeUtf8(bytes: Uint8Array, encoding: 'utf-8' | 'utf-8-bom'): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, error: `the file is not valid UTF-8; ${SAVE_AS_UTF8}` };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  if (bytes.length % 2 !== 0) return { ok: false, error: `the file starts like UTF-16 but has an odd number of bytes; ${SAVE_AS_UTF8}` };
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, error: `the file starts like UTF-16 but holds invalid characters; ${SAVE_AS_UTF8}` };
  }
}

/**
 * Windows-1251 is the legacy encoding of Cyrillic pages. It maps every byte but 0x98 to a character,
 * so any byte string "decodes": accept it only when its letters are mostly Cyrillic, as real text is.
 */
function decodeWindows1251(bytes: Uint8Array): Decoded {
  const unreadable: Decoded = { ok: false, error: `the file is neither UTF-8, UTF-16 nor Windows-1251 text; ${SAVE_AS_UTF8}` };
  if (bytes.includes(0x98)) return unreadable;
  const text = iconv.decode(Buffer.from(bytes), 'windows-1251');
  const letters = text.match(/\p{L}/gu) ?? [];
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu) ?? [];
  if (letters.length === 0 || cyrillic.length / letters.length < 0.6) return unreadable;
  return { ok: true, text, encoding: 'windows-1251' };
}

function hasControlCharacters(text: string): boolean {
  // Tabs and line feeds are text; the rest of C0, DEL and the C1 block never are in a pasted bulletin.
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(text);
}
