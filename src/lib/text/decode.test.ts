import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, MAX_TEXT_BYTES } from './decode.ts';

const kyrgyz = 'Бишкек, 19.05.21. Жыйын өттү.';
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decode', () => {
  it.each([
    ['UTF-8', utf8(kyrgyz), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(kyrgyz)]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', new Uint8Array(iconv.encode(kyrgyz, 'utf-16le', { addBOM: true })), 'utf-16le'],
    ['UTF-16 BE with BOM', new Uint8Array([0xfe, 0xff, ...iconv.encode(kyrgyz, 'utf-16be')]), 'utf-16be'],
    ['Windows-1251', new Uint8Array(iconv.encode('Бишкек, 19.05.21. Жыйын болду.', 'windows-1251')), 'windows-1251'],
  ])('reads %s', (_name, bytes, encoding) => {
    const result = decode(bytes);
    expect(result.ok && result.encoding).toBe(encoding);
    expect(result.ok && result.text.replace('болду', 'өттү')).toBe(kyrgyz);
  });

  it('unifies line endings and normalizes to NFC', () => {
    const decomposed = 'Ку\u0308н\r\nэкинчи\rүчүнчү'; // у + combining diaeresis
    const result = decode(utf8(decomposed));
    expect(result.ok && result.text).toBe('Кӱн\nэкинчи\nүчүнчү'.normalize('NFC'));
  });

  it.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['white space only', utf8(' \n\t \n'), /only white space/],
    ['NUL bytes', new Uint8Array([0x41, 0x00, 0x42, 0x43]), /NUL bytes.*UTF-8/],
    ['binary data', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x10, 0x98, 0xff]), /neither UTF-8.*save it as UTF-8/],
    ['invalid UTF-8 that is not Cyrillic', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]), /neither UTF-8/],
    ['control characters', utf8('text\u0007bell'), /control characters/],
  ])('rejects %s with a message saying what to do', (_name, bytes, message) => {
    const result = decode(bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('rejects a file larger than a bulletin can be with its size and what to do', () => {
    const result = decode(new Uint8Array(20 * 1024 * 1024).fill(0x61));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/the file is 20\.0 MB, more than the 1\.0 MB a bulletin can be.*one article's text per file/);
  });

  it('reads a file of exactly the largest size', () => {
    const bytes = new Uint8Array(MAX_TEXT_BYTES).fill(0x61);
    expect(decode(bytes).ok).toBe(true);
  });
});
