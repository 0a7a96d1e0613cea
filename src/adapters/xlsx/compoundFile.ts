/**
 * The stream names inside an OLE compound file (CFB: an old .xls, a password-protected .xlsx, a
 * .doc …), to tell people which of those they gave us. Reads only the header, the FAT sectors the
 * directory chain needs and the directory entries. Pure and bounded: every loop stops after at most
 * as many sectors as the file has, so damaged or hostile bytes cannot make it loop or read far.
 */

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What the compound file holds, by its stream names. */
export type CompoundKind = 'encrypted-ooxml' | 'xls' | 'doc' | 'ppt' | 'unknown';

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
/** Directory entries read at most (a workbook has a few dozen). */
const MAX_ENTRIES = 4096;
/** FAT sectors a chain is looked up in at most (4 GB of 512-byte sectors is 65,536 of them). */
const MAX_FAT_SECTORS = 1 << 17;

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

interface Layout {
  bytes: Uint8Array;
  sectorSize: number;
  /** Sectors the file can hold after its header: a bound for every chain. */
  sectorCount: number;
  fat: number[];
}

/** The byte offset of a sector, or -1 when it is not wholly in the file. */
function sectorOffset(l: Layout, sector: number): number {
  if (sector >= l.sectorCount) return -1;
  return (sector + 1) * l.sectorSize;
}

/** The sectors that hold the FAT: 109 listed in the header, the rest in the DIFAT chain. */
function fatSectors(l: Layout, count: number, difatStart: number): number[] {
  const out: number[] = [];
  const want = Math.min(count, MAX_FAT_SECTORS, l.sectorCount);
  for (let i = 0; i < 109 && out.length < want; i++) {
    const s = u32(l.bytes, 0x4c + i * 4);
    if (s === FREE) break;
    out.push(s);
  }
  const perSector = l.sectorSize / 4 - 1;
  let next = difatStart;
  for (let hops = 0; out.length < want && next < l.sectorCount && hops < l.sectorCount; hops++) {
    const o = sectorOffset(l, next);
    if (o < 0) break;
    for (let i = 0; i < perSector && out.length < want; i++) out.push(u32(l.bytes, o + i * 4));
    next = u32(l.bytes, o + perSector * 4);
  }
  return out;
}

/** The FAT entry of a sector: the next sector of its chain. */
function nextSector(l: Layout, sector: number): number {
  const perSector = l.sectorSize / 4;
  const fatSector = l.fat[Math.floor(sector / perSector)];
  if (fatSector === undefined) return END_OF_CHAIN;
  const o = sectorOffset(l, fatSector);
  if (o < 0) return END_OF_CHAIN;
  return u32(l.bytes, o + (sector % perSector) * 4);
}

function entryName(b: Uint8Array, o: number): string | null {
  const len = u16(b, o + 0x40);
  const type = b[o + 0x42];
  if (type === 0 || len < 2 || len > 64 || len % 2) return null;
  let name = '';
  for (let i = 0; i < len - 2; i += 2) name += String.fromCharCode(u16(b, o + i));
  return name;
}

/**
 * The names of the directory's entries (storages and streams, the root included), in directory
 * order; null when the bytes are not a compound file whose header and directory can be read.
 */
export function compoundFileNames(bytes: Uint8Array): string[] | null {
  if (!isCompoundFile(bytes) || bytes.length < 512) return null;
  const shift = u16(bytes, 0x1e);
  if (u16(bytes, 0x1c) !== 0xfffe || (shift !== 9 && shift !== 12)) return null;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor(bytes.length / sectorSize) - 1;
  if (sectorCount < 1) return null;
  const l: Layout = { bytes, sectorSize, sectorCount, fat: [] };
  l.fat = fatSectors(l, u32(bytes, 0x2c), u32(bytes, 0x44));
  const names: string[] = [];
  const seen = new Set<number>();
  let sector = u32(bytes, 0x30);
  while (sector < sectorCount && !seen.has(sector) && names.length < MAX_ENTRIES) {
    seen.add(sector);
    const o = sectorOffset(l, sector);
    if (o < 0) break;
    for (let e = 0; e < sectorSize / 128; e++) {
      const name = entryName(bytes, o + e * 128);
      if (name !== null) names.push(name);
    }
    sector = nextSector(l, sector);
  }
  return names.length ? names : null;
}

/** What a compound file is, from its stream names ('unknown' when they cannot be read). */
export function compoundKind(bytes: Uint8Array): CompoundKind {
  const names = compoundFileNames(bytes);
  if (!names) return 'unknown';
  const has = (n: string) => names.some((x) => x.toLowerCase() === n.toLowerCase());
  if (has('EncryptionInfo') && has('EncryptedPackage')) return 'encrypted-ooxml';
  if (has('Workbook') || has('Book')) return 'xls';
  if (has('WordDocument')) return 'doc';
  if (has('PowerPoint Document')) return 'ppt';
  return 'unknown';
}
