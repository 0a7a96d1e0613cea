/**
 * A plain zip reader on Node's own zlib (native inflate, several times faster than JSZip's
 * JavaScript inflate): for reading workbooks on the command line. Reads the central directory and
 * inflates only the parts asked for, each within LIMITS.partBytes and all together within
 * LIMITS.totalBytes (PackageTooLarge past that: a zip bomb never gets its memory). No zip64 and no
 * encryption: it throws, and the caller falls back to a full reader.
 */
import zlib from 'node:zlib';
import { LIMITS, PackageTooLarge } from './limits';

/** A part's text by its path in the package, or null when there is no such part; `names` lists the parts. */
export type PartReader = ((name: string) => Promise<string | null>) & { names?: readonly string[] };

interface Entry {
  method: number;
  flags: number;
  packedSize: number;
  size: number;
  offset: number;
}

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The package's directory: every entry by name (as stored, without a leading slash). */
export function zipEntries(bytes: Uint8Array): Map<string, Entry> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes plus a comment of up to 65,535 bytes.
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip package');
  const count = buf.readUInt16LE(end + 10);
  const dirOffset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new Error('zip64 package');
  if (count > LIMITS.entries) throw new PackageTooLarge('', LIMITS.entries, count, 'entries');
  const entries = new Map<string, Entry>();
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new Error('damaged zip directory');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const packedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const name = buf.toString(flags & 0x0800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    entries.set(name.replace(/^\//, ''), { method, flags, packedSize, size, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** A reader of the package's parts that inflates each within the limits, and all of them within the total. */
export async function openZipNative(bytes: Uint8Array): Promise<PartReader> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = zipEntries(bytes);
  // Part names are case-insensitive in a package.
  const lower = new Map([...entries].map(([k, v]) => [k.toLowerCase(), v]));
  let total = 0;
  const read: PartReader = async (name) => {
    const e = entries.get(name) ?? lower.get(name.toLowerCase());
    if (!e) return null;
    const data = inflateEntry(buf, e, name);
    total += data.length;
    if (total > LIMITS.totalBytes) throw new PackageTooLarge('', LIMITS.totalBytes, total);
    return data.toString('utf8');
  };
  read.names = [...entries.keys()].filter((n) => !n.endsWith('/'));
  return read;
}

function inflateEntry(buf: Buffer, e: Entry, name: string): Buffer {
  if (e.flags & 1) throw new Error('encrypted zip entry');
  if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== LOCAL) throw new Error('damaged zip entry');
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  if (start + e.packedSize > buf.length) throw new Error('damaged zip entry');
  const packed = buf.subarray(start, start + e.packedSize);
  if (e.method === 0) {
    if (packed.length > LIMITS.partBytes) throw new PackageTooLarge(name, LIMITS.partBytes, packed.length);
    return packed;
  }
  if (e.method !== 8) throw new Error(`zip method ${e.method}`);
  // The size the directory states may lie: the inflation itself is bounded.
  if (e.size > LIMITS.partBytes) throw new PackageTooLarge(name, LIMITS.partBytes, e.size);
  try {
    return zlib.inflateRawSync(packed, { maxOutputLength: LIMITS.partBytes });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw new PackageTooLarge(name, LIMITS.partBytes, null);
    throw err;
  }
}

/**
 * Inflates every part once, within the limits, so that a reader that inflates the whole package
 * without limits (exceljs, JSZip) is only ever given one that fits. Throws PackageTooLarge.
 */
export function assertPackageFits(bytes: Uint8Array): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const [name, e] of zipEntries(bytes)) {
    if (name.endsWith('/')) continue;
    total += inflateEntry(buf, e, name).length;
    if (total > LIMITS.totalBytes) throw new PackageTooLarge('', LIMITS.totalBytes, total);
  }
}
