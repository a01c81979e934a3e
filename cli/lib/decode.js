// Decodes a CSV file's bytes: a byte-order mark says UTF-8 (or UTF-16); else text that is valid UTF-8 is
// UTF-8, and anything else is read as GB18030 (what Excel in Simplified Chinese writes; a superset of GBK
// and GB2312). `encoding` (any WHATWG label: utf-8, gb18030, gbk, big5, …) overrides the guess.

/**
 * @param {Uint8Array} bytes
 * @param {string} [encoding] 'auto' or undefined to detect
 * @returns {{ text: string, encoding: string }}
 */
export function decodeCsvBytes(bytes, encoding) {
  if (encoding && encoding.toLowerCase() !== 'auto') {
    const decoder = new TextDecoder(encoding); // throws RangeError for an unknown label
    return { text: decoder.decode(bytes), encoding: decoder.encoding };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
