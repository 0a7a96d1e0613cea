/**
 * A minimal OLE compound file (CFB) writer for the tests: a header, one FAT sector and a directory
 * with the given stream names (empty streams). Enough to look like an old .xls or an encrypted
 * .xlsx to a reader of the directory.
 */
const FREE = 0xffffffff;
const END = 0xfffffffe;
const FAT_SECT = 0xfffffffd;

export interface CompoundOptions {
  /** 9 (512-byte sectors, version 3) or 12 (4096-byte sectors, version 4). */
  shift?: 9 | 12;
  /** Place the directory's sectors in reverse order, so that a reader must follow the FAT chain. */
  scatter?: boolean;
}

export function compoundFile(streams: string[], opts: CompoundOptions = {}): Buffer {
  const shift = opts.shift ?? 9;
  const size = 1 << shift;
  const entries = ['Root Entry', ...streams];
  const perSector = size / 128;
  const dirCount = Math.ceil(entries.length / perSector);
  // Sector 0 is the FAT; the directory is in sectors 1…dirCount (in reverse order when scattered).
  const dirSectors = Array.from({ length: dirCount }, (_, i) => (opts.scatter ? dirCount - i : i + 1));
  const buf = Buffer.alloc(size * (dirCount + 2));
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
  buf.writeUInt16LE(0x3e, 0x18);
  buf.writeUInt16LE(shift === 9 ? 3 : 4, 0x1a);
  buf.writeUInt16LE(0xfffe, 0x1c);
  buf.writeUInt16LE(shift, 0x1e);
  buf.writeUInt16LE(6, 0x20);
  buf.writeUInt32LE(1, 0x2c);
  buf.writeUInt32LE(dirSectors[0], 0x30);
  buf.writeUInt32LE(4096, 0x38);
  buf.writeUInt32LE(END, 0x3c);
  buf.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i++) buf.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);
  const fat = size;
  for (let i = 0; i < size / 4; i++) buf.writeUInt32LE(FREE, fat + i * 4);
  buf.writeUInt32LE(FAT_SECT, fat);
  dirSectors.forEach((s, i) => buf.writeUInt32LE(i + 1 < dirSectors.length ? dirSectors[i + 1] : END, fat + s * 4));
  entries.forEach((name, i) => {
    const o = (dirSectors[Math.floor(i / perSector)] + 1) * size + (i % perSector) * 128;
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(buf, o);
    buf.writeUInt16LE(utf16.length, o + 0x40);
    buf[o + 0x42] = i === 0 ? 5 : 2;
    // Siblings as a plain chain under the root (a valid, if unbalanced, tree).
    buf.writeUInt32LE(FREE, o + 0x44);
    buf.writeUInt32LE(i > 0 && i + 1 < entries.length ? i + 1 : FREE, o + 0x48);
    buf.writeUInt32LE(i === 0 && entries.length > 1 ? 1 : FREE, o + 0x4c);
    buf.writeUInt32LE(END, o + 0x74);
  });
  return buf;
}

/** What Excel writes for a password-protected .xlsx (ECMA-376 agile encryption), names only. */
export const ENCRYPTED_XLSX_STREAMS = ['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage'];
/** An Excel 97–2003 .xls. */
export const XLS_STREAMS = ['Workbook', '\u0005SummaryInformation', '\u0005DocumentSummaryInformation'];
