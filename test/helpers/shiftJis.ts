/** Shift_JIS bytes for a text (Node decodes Shift_JIS but has no encoder): a reverse table built from the decoder. */
export function encodeShiftJis(text: string): Buffer {
  // Build the reverse table from the decoder: every double-byte code decodes to one character.
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('shift_jis');
  for (let hi = 0x81; hi <= 0xfc; hi++) {
    if (hi > 0x9f && hi < 0xe0) continue;
    for (let lo = 0x40; lo <= 0xfc; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const b = table.get(ch);
      if (!b) throw new Error(`not in Shift_JIS: ${ch}`);
      bytes.push(...b);
    }
  }
  return Buffer.from(bytes);
}
