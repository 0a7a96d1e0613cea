/**
 * Hostile and broken workbooks, made by the project itself from its own demo workbook: each case
 * is a class of input a submitted file can be (issue 14). Used by the hostile suite and by
 * `npm run bench:hostile`. Nothing here is downloaded; every file is built on the fly.
 */
import { promises as fs } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import zlib from 'node:zlib';
import JSZip from 'jszip';
import { buildWorkbook } from '../../../src/adapters/xlsx/applyPlan';
import { demoWorkbookSpecs } from './demoWorkbook';

export interface HostileCase {
  name: string;
  /** What a command must do with it: refuse (exit 2, nothing written) or read it (exit 0/1). */
  expect: 'refuse' | 'read';
  /** Words the message must contain when refused (Japanese, naming why). */
  says?: RegExp;
  /** Writes the file (or special file) into dir and returns its path. */
  make: (dir: string) => Promise<string>;
}

let baseBytes: Buffer | null = null;

/** The project's demo workbook as .xlsx bytes (built once). */
export async function baseWorkbook(): Promise<Buffer> {
  if (!baseBytes) baseBytes = Buffer.from(await buildWorkbook(demoWorkbookSpecs()).xlsx.writeBuffer());
  return baseBytes;
}

async function mutate(dir: string, name: string, edit: (zip: JSZip) => Promise<void> | void): Promise<string> {
  const zip = await JSZip.loadAsync(await baseWorkbook());
  await edit(zip);
  const file = path.join(dir, name);
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

async function firstSheet(zip: JSZip): Promise<string> {
  return await zip.file('xl/worksheets/sheet1.xml')!.async('string');
}

/** A zip written by hand so that one entry's compressed bytes are given as they are (a bomb). */
function rawZip(entries: { name: string; data: Buffer; deflated?: Buffer; size?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const packed = e.deflated ?? zlib.deflateRawSync(e.data);
    const name = Buffer.from(e.name, 'utf8');
    const size = e.size ?? e.data.length;
    const crc = zlib.crc32 ? zlib.crc32(e.data) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/**
 * Deflated bytes of `head`, then `mib` MiB of spaces, then `tail`, made without ever holding the
 * inflated text: each piece is compressed with a full flush (byte-aligned, no reference back), so
 * the compressed piece of one MiB can simply be repeated.
 */
export function deflatedFiller(head: string, mib: number, tail: string): { deflated: Buffer; size: number } {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH };
  const mibPiece = zlib.deflateRawSync(Buffer.alloc(1 << 20, ' '), flush);
  const parts = [zlib.deflateRawSync(Buffer.from(head), flush)];
  for (let i = 0; i < mib; i++) parts.push(mibPiece);
  parts.push(zlib.deflateRawSync(Buffer.from(tail)));
  return { deflated: Buffer.concat(parts), size: Buffer.byteLength(head) + mib * (1 << 20) + Buffer.byteLength(tail) };
}

export const hostileCases: HostileCase[] = [];

/** The base workbook's parts, with some replaced, packed by hand (for parts no zip library would write). */
async function repack(dir: string, name: string, replace: Record<string, { data?: Buffer; deflated?: Buffer; size?: number }>): Promise<string> {
  const zip = await JSZip.loadAsync(await baseWorkbook());
  const entries: { name: string; data: Buffer; deflated?: Buffer; size?: number }[] = [];
  for (const [part, f] of Object.entries(zip.files)) {
    if (f.dir) continue;
    const r = replace[part];
    entries.push(r ? { name: part, data: r.data ?? Buffer.alloc(0), deflated: r.deflated, size: r.size } : { name: part, data: await f.async('nodebuffer') });
  }
  const file = path.join(dir, name);
  await fs.writeFile(file, rawZip(entries));
  return file;
}

const sheetHead =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const sheetTail = '</sheetData></worksheet>';

/** Inserts text into the first sheet's XML before the given closing or opening tag. */
function beforeTag(xml: string, tag: string, insert: string): string {
  const i = xml.indexOf(tag);
  if (i < 0) throw new Error(`no ${tag} in the base sheet`);
  return xml.slice(0, i) + insert + xml.slice(i);
}

const REFUSED_SIZE = /大きすぎ/;
const DAMAGED = /壊れ|読み取れません|途中/;

hostileCases.push(
  {
    name: 'merge over the rest of the sheet (K1:XFD1048576)',
    expect: 'read',
    make: (dir) =>
      mutate(dir, 'merge-bomb.xlsx', async (zip) => {
        let xml = await firstSheet(zip);
        xml = xml.includes('<mergeCells')
          ? xml.replace(/<mergeCells[^>]*>/, (m) => `${m}<mergeCell ref="K1:XFD1048576"/>`)
          : beforeTag(xml, '<pageMargins', '<mergeCells count="1"><mergeCell ref="K1:XFD1048576"/></mergeCells>');
        zip.file('xl/worksheets/sheet1.xml', xml);
      }),
  },
  {
    name: 'zip bomb: one sheet part inflating to 3.5 GB',
    expect: 'refuse',
    says: REFUSED_SIZE,
    make: (dir) => repack(dir, 'zip-bomb.xlsx', { 'xl/worksheets/sheet1.xml': deflatedFiller(sheetHead, 3500, sheetTail) }),
  },
  {
    name: 'zip bomb: the shared strings inflating to 600 MB',
    expect: 'refuse',
    says: REFUSED_SIZE,
    make: (dir) =>
      repack(dir, 'strings-bomb.xlsx', {
        'xl/sharedStrings.xml': deflatedFiller(
          '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>',
          600,
          '</t></si></sst>',
        ),
      }),
  },
  {
    name: 'unclosed <c> tags (10,000 of them)',
    expect: 'refuse',
    says: DAMAGED,
    make: (dir) =>
      mutate(dir, 'unclosed-c.xlsx', async (zip) => {
        zip.file('xl/worksheets/sheet1.xml', beforeTag(await firstSheet(zip), '</sheetData>', '<row r="900">' + '<c r="A900" t="s"'.repeat(10000)));
      }),
  },
  {
    name: 'unclosed <si> in the shared strings (10,000 of them)',
    expect: 'refuse',
    says: DAMAGED,
    make: (dir) =>
      mutate(dir, 'unclosed-si.xlsx', async (zip) => {
        const xml = await zip.file('xl/sharedStrings.xml')!.async('string');
        zip.file('xl/sharedStrings.xml', xml.replace('</sst>', '<si><t>x'.repeat(10000) + '</sst>'));
      }),
  },
  {
    name: 'a zip holding only a text file',
    expect: 'refuse',
    says: /Excelブックではありません|読み取れません/,
    make: async (dir) => {
      const zip = new JSZip();
      zip.file('readme.txt', 'hello');
      const file = path.join(dir, 'text-only.xlsx');
      await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
      return file;
    },
  },
  {
    name: 'a zip whose workbook.xml is text, not XML',
    expect: 'refuse',
    says: DAMAGED,
    make: (dir) => mutate(dir, 'workbook-text.xlsx', (zip) => void zip.file('xl/workbook.xml', 'this is not xml')),
  },
  {
    name: 'truncated shared strings part',
    expect: 'refuse',
    says: DAMAGED,
    make: (dir) =>
      mutate(dir, 'truncated-sst.xlsx', async (zip) => {
        const xml = await zip.file('xl/sharedStrings.xml')!.async('string');
        zip.file('xl/sharedStrings.xml', xml.slice(0, Math.floor(xml.length / 2)));
      }),
  },
  {
    name: 'an empty sheet part',
    expect: 'refuse',
    says: DAMAGED,
    make: (dir) => mutate(dir, 'empty-sheet-part.xlsx', (zip) => void zip.file('xl/worksheets/sheet1.xml', '')),
  },
  {
    name: 'a missing sheet part',
    expect: 'refuse',
    says: DAMAGED,
    make: (dir) => mutate(dir, 'missing-sheet-part.xlsx', (zip) => void zip.remove('xl/worksheets/sheet1.xml')),
  },
  {
    name: 'a shared-string index out of range',
    expect: 'refuse',
    says: DAMAGED,
    make: (dir) =>
      mutate(dir, 'sst-index.xlsx', async (zip) => {
        zip.file('xl/worksheets/sheet1.xml', (await firstSheet(zip)).replace(/(<c [^>]*t="s"[^>]*>\s*<v>)\d+(<\/v>)/, '$1999999$2'));
      }),
  },
  {
    name: 'two sheets of the same name',
    expect: 'refuse',
    says: /同じ名前|壊れ/,
    make: (dir) =>
      mutate(dir, 'duplicate-names.xlsx', async (zip) => {
        const xml = await zip.file('xl/workbook.xml')!.async('string');
        const names = [...xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
        zip.file('xl/workbook.xml', xml.replace(`name="${names[1]}"`, `name="${names[0]}"`));
      }),
  },
  {
    name: 'a relationship target outside the package',
    expect: 'read',
    make: (dir) =>
      mutate(dir, 'rel-outside.xlsx', async (zip) => {
        const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
        zip.file(
          'xl/_rels/workbook.xml.rels',
          rels.replace(
            '</Relationships>',
            '<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../../../../etc/passwd"/><Relationship Id="rIdX2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="http://attacker.example/x"/></Relationships>',
          ),
        );
      }),
  },
  {
    name: 'a 10 MB shared string',
    expect: 'refuse',
    says: /32,767/,
    make: (dir) =>
      mutate(dir, 'long-string.xlsx', async (zip) => {
        const xml = await zip.file('xl/sharedStrings.xml')!.async('string');
        zip.file('xl/sharedStrings.xml', xml.replace(/<si><t([^>]*)>/, `<si><t$1>${'長'.repeat(3_500_000)}`));
      }),
  },
  {
    name: 'a sheet protected the way LibreOffice writes it (sheet="true")',
    expect: 'read',
    make: (dir) =>
      mutate(dir, 'protected-true.xlsx', async (zip) => {
        zip.file(
          'xl/worksheets/sheet1.xml',
          beforeTag(await firstSheet(zip), '<pageMargins', '<sheetProtection sheet="true" objects="true" scenarios="true"/>'),
        );
      }),
  },
  {
    name: 'an XML entity expansion (billion laughs) in the shared strings',
    expect: 'refuse',
    says: DAMAGED,
    make: (dir) =>
      mutate(dir, 'laughs.xlsx', async (zip) => {
        const xml = await zip.file('xl/sharedStrings.xml')!.async('string');
        const dtd =
          '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>';
        zip.file('xl/sharedStrings.xml', xml.replace(/<sst\b/, `${dtd}<sst`).replace(/<si><t([^>]*)>/, '<si><t$1>&e;'));
      }),
  },
  {
    name: 'a cut-off file (the first half of a workbook)',
    expect: 'refuse',
    says: DAMAGED,
    make: async (dir) => {
      const bytes = await baseWorkbook();
      const file = path.join(dir, 'cut.xlsx');
      await fs.writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
      return file;
    },
  },
  {
    name: 'a FIFO named .xlsx',
    expect: 'refuse',
    says: /通常のファイル|ファイルではありません/,
    make: async (dir) => {
      const file = path.join(dir, 'fifo.xlsx');
      execFileSync('mkfifo', [file]);
      return file;
    },
  },
  {
    name: '/dev/zero given as a workbook',
    expect: 'refuse',
    says: /通常のファイル|ファイルではありません/,
    make: async () => '/dev/zero',
  },
);

// Cells as long as a cell can be (32,767 characters), of the marks and figures the reader's patterns try at each place:
// the reader reads a cell's first 2,000 characters (src/engine/detect/readableTexts.ts), so they cost it no more than prose.
const LONG_TEXTS = ['4月', 'R5', '※', '１', '令和5年度', '（', '1人当たり'];
hostileCases.push({
  name: 'cells of 32,767 characters of figures and marks (210 of them)',
  expect: 'read',
  make: (dir) =>
    mutate(dir, 'long-texts.xlsx', async (zip) => {
      const rows: string[] = [];
      for (let r = 0; r < 30; r++) {
        const row = 1000 + r;
        const cells = LONG_TEXTS.map((t, c) => {
          const text = t.repeat(Math.ceil(32767 / t.length)).slice(0, 32767);
          return `<c r="${String.fromCharCode(65 + c)}${row}" t="inlineStr"><is><t>${text}</t></is></c>`;
        });
        rows.push(`<row r="${row}">${cells.join('')}</row>`);
      }
      zip.file('xl/worksheets/sheet1.xml', beforeTag(await firstSheet(zip), '</sheetData>', rows.join('')));
    }),
});

// Parts the readers never read, damaged: check reads the file, but rate, roll and import must not
// copy the damage into a new file (they refuse, naming the part: test/patchKeeps.test.ts).
hostileCases.push(
  {
    name: 'a chart part cut off (a part the readers do not read)',
    expect: 'read',
    make: (dir) =>
      mutate(dir, 'cut-chart.xlsx', async (zip) => {
        const chart =
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/>';
        zip.file('xl/charts/chart1.xml', chart);
        const ct = await zip.file('[Content_Types].xml')!.async('string');
        zip.file(
          '[Content_Types].xml',
          ct.replace(
            '</Types>',
            '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
          ),
        );
      }),
  },
  {
    name: 'docProps/custom.xml that is not XML',
    expect: 'read',
    make: (dir) =>
      mutate(dir, 'custom-not-xml.xlsx', async (zip) => {
        zip.file(
          'docProps/custom.xml',
          '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property name="a&b"></Properties>',
        );
      }),
  },
);
