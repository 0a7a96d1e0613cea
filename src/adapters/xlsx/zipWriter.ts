/**
 * A plain zip writer on Node's own zlib (native deflate, several times faster than the
 * JavaScript deflate JSZip uses): for the large workbooks the command line writes (the review).
 * No zip64: parts under 4 GB, fewer than 65,535 parts, as every .xlsx.
 */
import zlib from 'node:zlib';

const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1; // a fixed date: identical input gives identical bytes
const UTF8_NAMES = 0x0800;

/** A part: its bytes, or (a large part) its chunks made on demand and deflated as they come. */
export interface ZipEntry {
  name: string;
  data: Uint8Array | (() => Iterable<Uint8Array>);
}

async function deflated(data: ZipEntry['data'], level: number): Promise<{ packed: Buffer; crc: number; size: number }> {
  if (data instanceof Uint8Array) {
    const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return { packed: zlib.deflateRawSync(buf, { level }), crc: zlib.crc32(buf) >>> 0, size: buf.length };
  }
  const d = zlib.createDeflateRaw({ level });
  const out: Buffer[] = [];
  d.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    d.on('end', resolve);
    d.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  for (const chunk of data()) {
    crc = zlib.crc32(chunk, crc);
    size += chunk.length;
    if (!d.write(chunk)) await new Promise((resolve) => d.once('drain', resolve));
  }
  d.end();
  await done;
  return { packed: Buffer.concat(out), crc: crc >>> 0, size };
}

export async function writeZip(entries: ZipEntry[], level = 6): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const { packed, crc, size } = await deflated(e.data, level);
    // The local header and the central directory entry share the fields from "version needed" to the name length.
    const fields = (b: Buffer, at: number) => {
      b.writeUInt16LE(20, at);
      b.writeUInt16LE(UTF8_NAMES, at + 2);
      b.writeUInt16LE(8, at + 4); // deflate
      b.writeUInt16LE(0, at + 6); // time
      b.writeUInt16LE(DOS_DATE, at + 8);
      b.writeUInt32LE(crc, at + 10);
      b.writeUInt32LE(packed.length, at + 14);
      b.writeUInt32LE(size, at + 18);
      b.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4); // version made by
    fields(dir, 6);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, packed);
    central.push(dir, name);
    offset += local.length + name.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...chunks, cd, end]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
