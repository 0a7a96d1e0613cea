/**
 * Issue 14, items 5 and 6: what rate writes into the original package. A sheet protected the way
 * LibreOffice writes it keeps its protection and takes grades only in its unlocked cells; a
 * LibreOffice-saved workbook keeps its chart, comment, data validation and custom properties byte
 * for byte; damage (a relationship leaving the package, a part no reader can parse, a cell past
 * Excel's length) is never copied into a new file; the exceljs fallback never loses parts silently.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { buildWorkbook } from '../src/adapters/xlsx/applyPlan';
import { bytesWithPlan } from '../src/adapters/officejs/newWorkbook';
import { InputError } from '../src/adapters/xlsx/errors';
import { readWorkbookFile, writeWorkbookFile } from '../src/adapters/xlsx/files';
import { WriteRefused } from '../src/adapters/xlsx/packageChecks';
import { patchPackage } from '../src/adapters/xlsx/patchPackage';
import { workbookWithPlan } from '../src/adapters/xlsx/savePlan';
import { checkWorkbook, planRating, type CellWrite, type WritePlan } from '../src/engine';
import { demoWorkbookSpecs } from './support/samples/demoWorkbook';
import { hostileCases } from './support/samples/hostileWorkbooks';
import { cli } from './helpers/cli';
import { cleanUp, convert } from './helpers/libreoffice';
import { dumpCells, tempDir } from './helpers/workbooks';

const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'1-1'!$H$8:$H$12</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
const DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  '<xdr:twoCellAnchor><xdr:from><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>27</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="グラフ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
  '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
const RELS = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
const CUSTOM_PROPERTY = '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="所管課"><vt:lpwstr>総務課</vt:lpwstr></property>';

/** Adds a bar chart on the sheet part `sheet` (drawing, chart, relationships, content types). */
async function addChart(zip: JSZip, sheet: string, chart = CHART): Promise<void> {
  zip.file('xl/charts/chart1.xml', chart);
  zip.file('xl/drawings/drawing1.xml', DRAWING);
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    RELS('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/>'),
  );
  const relsPath = sheet.replace('worksheets/', 'worksheets/_rels/') + '.rels';
  const rel =
    '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>';
  const old = await zip.file(relsPath)?.async('string');
  zip.file(relsPath, old ? old.replace('</Relationships>', `${rel}</Relationships>`) : RELS(rel));
  const xml = await zip.file(sheet)!.async('string');
  zip.file(
    sheet,
    xml.includes('<tableParts')
      ? xml.replace('<tableParts', '<drawing r:id="rIdChart1"/><tableParts')
      : xml.replace('</worksheet>', '<drawing r:id="rIdChart1"/></worksheet>'),
  );
  const ct = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    ct.replace(
      '</Types>',
      `<Override PartName="/xl/charts/chart1.xml" ContentType="${CT_CHART}"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT_DRAWING}"/></Types>`,
    ),
  );
}

async function editZip(file: string, out: string, edit: (zip: JSZip) => Promise<void>): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  await edit(zip);
  await fs.writeFile(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return out;
}

async function parts(file: string | Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(typeof file === 'string' ? await fs.readFile(file) : file);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.files[name].async('nodebuffer'));
  return out;
}

/** The worksheet part of each sheet name. */
function sheetParts(p: Map<string, Buffer>): Map<string, string> {
  const wb = p.get('xl/workbook.xml')!.toString();
  const rels = p.get('xl/_rels/workbook.xml.rels')!.toString();
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)![1];
    out.set(m[1], target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

function saxesProblem(xml: string): string | null {
  const p = new SaxesParser({ xmlns: true });
  let problem: string | null = null;
  p.on('error', (e) => {
    problem ??= e.message;
  });
  try {
    p.write(xml).close();
  } catch (e) {
    problem ??= (e as Error).message;
  }
  return problem;
}

const write = (sheet: string, cell: string, value: string): CellWrite => ({ sheet, cell, value, previous: null, kind: 'grade', indicator: null });
const protectionTag = (xml: string) => /<sheetProtection\b[^>]*\/?>/.exec(xml)?.[0] ?? null;
/** A sheet's XML without the given cells and without row spans (which the patcher drops from rows it writes). */
const withoutCells = (xml: string, refs: string[]) =>
  refs.reduce((x, r) => x.replace(new RegExp(`<c r="${r}"(?:[^>]*?/>|[^>]*>[\\s\\S]*?</c>)`), ''), xml).replace(/ spans="[^"]*"/g, '');

let dir: string;
/** A workbook saved by LibreOffice: a chart, a comment and a validation on 1-1, custom properties, 1-1 and 事業実績 protected (sheet="true"), 1-1!N3 unlocked. */
let loSaved: string;

beforeAll(async () => {
  dir = await tempDir('evalsheet-keeps-');
  const wb = buildWorkbook(demoWorkbookSpecs());
  const policy = wb.getWorksheet('1-1')!;
  await policy.protect('', {});
  policy.getCell('N3').protection = { locked: false };
  policy.getCell('A1').note = '確認済み（総務課）';
  policy.getCell('Z5').dataValidation = { type: 'list', allowBlank: true, formulae: ['"はい,いいえ"'] };
  await wb.getWorksheet('事業実績')!.protect('', {});
  const made = path.join(dir, 'made.xlsx');
  await writeWorkbookFile(wb, made);
  await editZip(made, made, async (zip) => addChart(zip, 'xl/worksheets/sheet2.xml'));
  const c = await convert([made], 'xlsx');
  loSaved = path.join(dir, 'lo-saved.xlsx');
  await editZip(c.outputs.get(made)![0], loSaved, async (zip) => {
    // One validation over two areas, as LibreOffice and Excel write it (exceljs splits it in two).
    const policy = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    zip.file('xl/worksheets/sheet2.xml', policy.replace('sqref="Z5"', 'sqref="Z5:Z9 AB3"'));
    const custom = await zip.file('docProps/custom.xml')!.async('string');
    zip.file(
      'docProps/custom.xml',
      custom.replace(/<\/Properties>$/, `${CUSTOM_PROPERTY}</Properties>`).replace(/<Properties([^>]*)\/>$/, `<Properties$1>${CUSTOM_PROPERTY}</Properties>`),
    );
  });
  await cleanUp(c);
}, 180_000);
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('a LibreOffice-saved workbook, protected with sheet="true", with a chart, comment, validation and custom properties, rated', () => {
  let before: Map<string, Buffer>;
  let after: Map<string, Buffer>;
  let changes: { sheet: string; cell: string; value: string }[];
  let stderr: string;
  beforeAll(async () => {
    const out = path.join(dir, 'lo-rated.xlsx');
    const r = await cli('rate', loSaved, '-o', out, '--json');
    expect([r.code, r.err]).toEqual([expect.any(Number), expect.any(String)]);
    expect(r.code).not.toBe(2);
    stderr = r.err;
    changes = JSON.parse(r.out).changes;
    before = await parts(loSaved);
    after = await parts(out);
  });

  test('the input is what LibreOffice writes: sheet="true", locked="false", custom.xml, chart, comment', () => {
    const sheets = sheetParts(before);
    expect(protectionTag(before.get(sheets.get('1-1')!)!.toString())).toMatch(/sheet="true"/);
    expect(protectionTag(before.get(sheets.get('事業実績')!)!.toString())).toMatch(/sheet="true"/);
    expect(before.get('xl/styles.xml')!.toString()).toMatch(/<protection locked="false"/);
    for (const p of ['docProps/custom.xml', 'xl/charts/chart1.xml']) expect(before.has(p)).toBe(true);
    expect([...before.keys()].some((p) => /^xl\/comments\d*\.xml$/.test(p))).toBe(true);
    expect(before.get(sheets.get('1-1')!)!.toString()).toMatch(/<dataValidation\b[^>]*sqref="Z5:Z9 AB3"/);
  });

  test('protected-true rated: grades only in unlocked cells, sheetProtection byte for byte', () => {
    const sheets = sheetParts(before);
    expect(changes).toContainEqual(expect.objectContaining({ sheet: '1-1', cell: 'N3' }));
    // 事業実績 is protected with every cell locked: nothing is written there (its D7 stays empty).
    expect(changes.filter((c) => c.sheet === '事業実績')).toEqual([]);
    expect(after.get(sheets.get('事業実績')!)!.equals(before.get(sheets.get('事業実績')!)!)).toBe(true);
    for (const [name, part] of sheets) expect([name, protectionTag(after.get(part)!.toString())]).toEqual([name, protectionTag(before.get(part)!.toString())]);
    const policy = after.get(sheets.get('1-1')!)!.toString();
    expect(policy).toMatch(new RegExp(`<c r="N3" s="\\d+" t="inlineStr"><is><t>${changes.find((c) => c.cell === 'N3')!.value}</t></is></c>`));
    // Only the written cells differ in the sheet.
    const refs = changes.filter((c) => c.sheet === '1-1').map((c) => c.cell);
    expect(withoutCells(policy, refs)).toBe(withoutCells(before.get(sheets.get('1-1')!)!.toString(), refs));
  });

  test('every part rate does not own is byte-identical: custom.xml kept, chart, drawing and comment parts identical', () => {
    const owned = new Set([
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      '[Content_Types].xml',
      'xl/styles.xml',
      'docProps/app.xml',
      sheetParts(before).get('1-1')!,
    ]);
    const differing = [...before.keys()].filter((p) => !owned.has(p) && !after.get(p)?.equals(before.get(p)!));
    expect(differing).toEqual([]);
    expect(after.get('docProps/custom.xml')!.toString()).toContain(CUSTOM_PROPERTY);
    expect(stderr).not.toMatch(/グラフ|図形/);
  });

  test('no data validation is added (one validation over two areas stays one)', () => {
    const count = (p: Map<string, Buffer>) =>
      [...sheetParts(before).values()].map(
        (s) =>
          (
            p
              .get(s)!
              .toString()
              .match(/<dataValidation\b/g) ?? []
          ).length,
      );
    expect(count(after)).toEqual(count(before));
  });
});

describe('roll into a new workbook, from the same LibreOffice-saved file', () => {
  test('keeps every sheet protection byte for byte, writes only unlocked cells, keeps custom.xml, the chart and the comment', async () => {
    const out = path.join(dir, 'lo-rolled.xlsx');
    const r = await cli('roll', loSaved, '-o', out, '--json');
    expect(r.code).not.toBe(2);
    const [before, after] = [await parts(loSaved), await parts(out)];
    const sheets = sheetParts(before);
    for (const [name, part] of sheets) expect([name, protectionTag(after.get(part)!.toString())]).toEqual([name, protectionTag(before.get(part)!.toString())]);
    const json = JSON.parse(r.out);
    const changes: { sheet: string; cell: string }[] = json.changes;
    // Roll's locked cells are reported, not written: only 1-1!N3 is unlocked on the protected sheets.
    const locked: { sheet: string; cell: string }[] = json.findings.filter((f: { code: string }) => f.code === 'roll-locked');
    expect(locked.some((f) => f.sheet === '1-1')).toBe(true);
    expect(locked.some((f) => f.sheet === '事業実績')).toBe(true);
    for (const name of ['1-1', '事業実績']) {
      const refs = changes.filter((c) => c.sheet === name).map((c) => c.cell);
      for (const ref of refs) expect(`${name}!${ref}`).toBe('1-1!N3');
      expect(withoutCells(after.get(sheets.get(name)!)!.toString(), refs)).toBe(withoutCells(before.get(sheets.get(name)!)!.toString(), refs));
    }
    for (const p of [...before.keys()].filter((x) => /^(docProps\/custom\.xml|xl\/charts\/|xl\/drawings\/|xl\/comments)/.test(x)))
      expect([p, after.get(p)?.equals(before.get(p)!)]).toEqual([p, true]);
  });
});

describe('the patcher itself refuses what the engine never plans', () => {
  test('a locked cell of a protected sheet (sheet="true") is refused, not left to exceljs', async () => {
    const bytes = new Uint8Array(await fs.readFile(loSaved));
    const plan = (cell: string, sheet = '1-1'): WritePlan => ({ cells: [write(sheet, cell, 'A')], sheets: [], scale: [] });
    await expect(patchPackage(bytes, plan('D7', '事業実績'))).rejects.toThrow(WriteRefused);
    await expect(patchPackage(bytes, plan('D7', '事業実績'))).rejects.toThrow(/事業実績!D7/);
    // A cell that does not exist yet would be locked, as would a row that does not exist.
    await expect(patchPackage(bytes, plan('AZ3'))).rejects.toThrow(WriteRefused);
    await expect(patchPackage(bytes, plan('A900'))).rejects.toThrow(WriteRefused);
    await expect(patchPackage(bytes, plan('N3'))).resolves.toBeInstanceOf(Uint8Array);
  });

  test('a cell longer than Excel allows (32,767 characters) is refused, in a department sheet and in an own sheet', async () => {
    const bytes = new Uint8Array(await fs.readFile(loSaved));
    const long = '長'.repeat(32_768);
    await expect(patchPackage(bytes, { cells: [write('1-1', 'N3', long)], sheets: [], scale: [] })).rejects.toThrow(/32,767/);
    await expect(
      patchPackage(bytes, { cells: [], sheets: [{ mode: 'replace', spec: { name: '長い', rows: [[{ value: long }]] } }], scale: [] }),
    ).rejects.toThrow(WriteRefused);
    await expect(patchPackage(bytes, { cells: [write('1-1', 'N3', long.slice(1))], sheets: [], scale: [] })).resolves.toBeInstanceOf(Uint8Array);
  });
});

describe('never copy damage into a new file', () => {
  test('rel-outside rated: a relationship leaving the package is refused, naming the file and the part', async () => {
    const c = hostileCases.find((x) => x.name === 'a relationship target outside the package')!;
    const sub = await fs.mkdtemp(path.join(dir, 'rel-'));
    const file = await c.make(sub);
    const out = path.join(sub, 'out.xlsx');
    const r = await cli('rate', file, '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(path.basename(file));
    expect(r.err).toContain('xl/_rels/workbook.xml.rels');
    expect(r.err).toMatch(/パッケージ/);
    expect(existsSync(out)).toBe(false);
  });

  test('an external hyperlink (TargetMode="External") is fine and kept byte for byte', async () => {
    const file = await editZip(loSaved, path.join(dir, 'hyperlink.xlsx'), async (zip) => {
      const sheets = sheetParts(await parts(loSaved));
      const part = sheets.get('KPI')!;
      const relsPath = part.replace('worksheets/', 'worksheets/_rels/') + '.rels';
      const rel =
        '<Relationship Id="rIdLink1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.city.example.jp/hyouka/" TargetMode="External"/>';
      const old = await zip.file(relsPath)?.async('string');
      zip.file(relsPath, old ? old.replace('</Relationships>', `${rel}</Relationships>`) : RELS(rel));
      const xml = await zip.file(part)!.async('string');
      zip.file(part, xml.replace(/(<pageMargins)/, '<hyperlinks><hyperlink ref="A1" r:id="rIdLink1"/></hyperlinks>$1'));
    });
    const out = path.join(dir, 'hyperlink-rated.xlsx');
    const r = await cli('rate', file, '-o', out);
    expect(r.code).not.toBe(2);
    const [b, a] = [await parts(file), await parts(out)];
    const relsPath = sheetParts(b).get('KPI')!.replace('worksheets/', 'worksheets/_rels/') + '.rels';
    expect(a.get(relsPath)!.toString()).toContain('https://www.city.example.jp/hyouka/');
    expect(a.get(relsPath)!.equals(b.get(relsPath)!)).toBe(true);
  });

  test('a damaged part rate does not read (a chart cut off) is refused, naming the file and the part', async () => {
    const file = path.join(dir, 'cut-chart.xlsx');
    await writeWorkbookFile(buildWorkbook(demoWorkbookSpecs()), file);
    await editZip(file, file, (zip) => addChart(zip, 'xl/worksheets/sheet2.xml', CHART.slice(0, 400)));
    const out = path.join(dir, 'cut-chart-rated.xlsx');
    const r = await cli('rate', file, '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain('cut-chart.xlsx');
    expect(r.err).toContain('xl/charts/chart1.xml');
    expect(existsSync(out)).toBe(false);
  });
});

describe('hostile parts the patcher edits are refused in time linear in their length', () => {
  // Each used to make the patcher's scans quadratic (an unclosed element rescanned to the end of the
  // part from every start tag): 100,000 of them took minutes.
  const N = 100_000;
  test.each([
    ['a sheet with unclosed rows', 'sheet', (xml: string) => xml.replace('</sheetData>', `${'<row r="900">'.repeat(N)}</sheetData>`)],
    ['a sheet with tags that never end', 'sheet', (xml: string) => xml.replace('</sheetData>', `${'<row r="900" '.repeat(N)}</sheetData>`)],
    ['styles with unclosed fonts', 'styles', (xml: string) => xml.replace('</fonts>', `${'<font>'.repeat(N)}</fonts>`)],
    ['styles with number formats without an end', 'styles', (xml: string) => xml.replace('<fonts', `${'<numFmts><numFmt numFmtId="1" '.repeat(N)}<fonts`)],
  ])('%s', async (_name, where, edit) => {
    const demo = path.join(dir, 'hostile-base.xlsx');
    if (!existsSync(demo)) await writeWorkbookFile(buildWorkbook(demoWorkbookSpecs()), demo);
    const zip = await JSZip.loadAsync(await fs.readFile(demo));
    const part = where === 'styles' ? 'xl/styles.xml' : sheetParts(await parts(demo)).get('1-1')!;
    zip.file(part, edit(await zip.file(part)!.async('string')));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const plan: WritePlan =
      where === 'styles'
        ? { cells: [], sheets: [{ mode: 'replace', spec: { name: '評価サマリー', rows: [[{ value: 'x', style: 'title' }]] } }], scale: [] }
        : { cells: [write('1-1', 'N3', 'A')], sheets: [], scale: [] };
    const started = Date.now();
    const err = await patchPackage(bytes, plan).then(
      () => null,
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(err).toBeInstanceOf(WriteRefused);
    expect((err as WriteRefused).part).toBe(part);
  });
});

describe('the exceljs fallback never loses parts silently', () => {
  /** The file, with the cells of the row of the plan's first cell stripped of their addresses (legal, rare: the patcher declines). */
  async function unpatchable(file: string, name: string): Promise<{ loaded: Awaited<ReturnType<typeof readWorkbookFile>>; plan: WritePlan }> {
    const first = await readWorkbookFile(file);
    const plan = planRating(first.snapshot, checkWorkbook(first.snapshot, { file: name }), { overwrite: false });
    const cell = plan.cells[0];
    const row = Number(/\d+$/.exec(cell.cell)![0]);
    const out = await editZip(file, path.join(dir, name), async (zip) => {
      const part = sheetParts(await parts(file)).get(cell.sheet)!;
      const xml = await zip.file(part)!.async('string');
      zip.file(
        part,
        xml.replace(new RegExp(`<row r="${row}"[^>]*>[\\s\\S]*?</row>`), (r) => r.replace(/<c r="[A-Z]+\d+"/g, '<c')),
      );
    });
    // As package.test does: the snapshot is the file's, the bytes to write into are the stripped ones.
    return { loaded: { ...first, bytes: new Uint8Array(await fs.readFile(out)) }, plan };
  }

  test('a workbook whose chart and comment exceljs would drop is refused with the file and what would be lost; written when the caller allows it', async () => {
    const file = path.join(dir, 'chart-plain.xlsx');
    const wb = buildWorkbook(demoWorkbookSpecs());
    wb.getWorksheet('1-1')!.getCell('A1').note = 'メモ';
    await writeWorkbookFile(wb, file);
    await editZip(file, file, (zip) => addChart(zip, 'xl/worksheets/sheet2.xml'));
    const { loaded, plan } = await unpatchable(file, 'chart-noaddr.xlsx');
    const refused = await workbookWithPlan(loaded, plan, { fileName: 'chart-noaddr.xlsx' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as Error).message).toMatch(/^chart-noaddr\.xlsx: /);
    expect((refused as Error).message).toMatch(/グラフ/);
    expect((refused as Error).message).toMatch(/コメント/);
    expect((refused as Error).message).toMatch(/番地/);
    const allowed = await workbookWithPlan(loaded, plan, { fileName: 'chart-noaddr.xlsx', allowLoss: true });
    expect(allowed.keptEverything).toBe(false);
    expect(allowed.lost).toEqual(expect.arrayContaining(['グラフ', 'コメント']));
    // exceljs's output is held to the same rules: a cell past Excel's length is refused, naming the file and cell.
    const long = { ...plan, cells: [{ ...plan.cells[0], value: '長'.repeat(40_000) }, ...plan.cells.slice(1)] };
    const tooLong = await workbookWithPlan(loaded, long, { fileName: 'chart-noaddr.xlsx', allowLoss: true }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(tooLong).toBeInstanceOf(InputError);
    expect((tooLong as Error).message).toMatch(new RegExp(`^chart-noaddr\\.xlsx: .*${plan.cells[0].sheet}!${plan.cells[0].cell}.*32,767`));
  });

  test('a sheet protection exceljs would drop (sheet="true") is never given up, even when loss is allowed', async () => {
    const { loaded, plan } = await unpatchable(loSaved, 'lo-noaddr.xlsx');
    for (const allowLoss of [false, true]) {
      const refused = await workbookWithPlan(loaded, plan, { fileName: 'lo-noaddr.xlsx', allowLoss }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(InputError);
      expect((refused as Error).message).toMatch(/シートの保護/);
    }
  });
});

describe("the task pane's roll into a new workbook uses the same fallback", () => {
  test('a protected sheet (sheet="true") whose planned cell is a shared formula\'s master: the copy is refused, its protection never dropped', async () => {
    const file = await editZip(loSaved, path.join(dir, 'shared-master.xlsx'), async (zip) => {
      const part = sheetParts(await parts(loSaved)).get('1-1')!;
      const xml = await zip.file(part)!.async('string');
      zip.file(part, xml.replace(/<c r="N3"( s="\d+")[^>]*?(\/>|>[\s\S]*?<\/c>)/, '<c r="N3"$1><f t="shared" ref="N3:N4" si="0">1+1</f><v>2</v></c>'));
    });
    const bytes = new Uint8Array(await fs.readFile(file));
    const refused = await bytesWithPlan(bytes, { cells: [write('1-1', 'N3', 'A')], sheets: [], scale: [] }, 'shared-master.xlsx').then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as Error).message).toMatch(/^shared-master\.xlsx: .*シートの保護/);
  });
});

describe('every part the patcher writes is well-formed, and LibreOffice opens every output', () => {
  test('over the demo, the LibreOffice-saved workbook and the hostile files rate reads', async () => {
    const fixtures: string[] = [loSaved];
    const demo = path.join(dir, 'demo.xlsx');
    await writeWorkbookFile(buildWorkbook(demoWorkbookSpecs()), demo);
    fixtures.push(demo);
    for (const c of hostileCases.filter((x) => x.expect === 'read')) {
      const sub = await fs.mkdtemp(path.join(dir, 'h-'));
      fixtures.push(await c.make(sub));
    }
    const outputs: string[] = [];
    for (const file of fixtures) {
      let loaded;
      try {
        loaded = await readWorkbookFile(file);
      } catch {
        continue;
      }
      const plan = planRating(loaded.snapshot, checkWorkbook(loaded.snapshot, { file }), { overwrite: false });
      const bytes = await patchPackage(loaded.bytes, plan).catch((e: unknown) => {
        if (e instanceof WriteRefused) return null; // refused, as the rel-outside case is
        throw e;
      });
      if (!bytes) continue;
      const [b, a] = [await parts(loaded.bytes), await parts(bytes)];
      for (const [p, data] of a) {
        if (b.get(p)?.equals(data) || !/\.(xml|rels)$/.test(p)) continue;
        expect([path.basename(file), p, saxesProblem(data.toString())]).toEqual([path.basename(file), p, null]);
      }
      const out = path.join(dir, `wf-${outputs.length}.xlsx`);
      await fs.writeFile(out, bytes);
      outputs.push(out);
    }
    expect(outputs.length).toBeGreaterThanOrEqual(3);
    const c = await convert(outputs, 'csv');
    for (const o of outputs) expect(c.outputs.get(o)!.length).toBeGreaterThan(0);
    await cleanUp(c);
  }, 240_000);
});

describe('hostile files whose damage is in a part the readers do not read', () => {
  test.each(['a chart part cut off (a part the readers do not read)', 'docProps/custom.xml that is not XML'])(
    '%s: check reads it, rate refuses to copy it',
    async (name) => {
      const c = hostileCases.find((x) => x.name === name)!;
      const sub = await fs.mkdtemp(path.join(dir, 'dmg-'));
      const file = await c.make(sub);
      expect([0, 1]).toContain((await cli('check', file)).code);
      const out = path.join(sub, 'out.xlsx');
      const r = await cli('rate', file, '-o', out);
      expect(r.code).toBe(2);
      expect(r.err).toContain(path.basename(file));
      expect(r.err).toMatch(/xl\/charts\/chart1\.xml|docProps\/custom\.xml/);
      expect(r.err).toMatch(/XMLとして読み取れません/);
      expect(existsSync(out)).toBe(false);
    },
  );
});

describe('a workbook whose structure is protected (ブックの保護)', () => {
  test.each(['1', 'true'])('lockStructure="%s": rate adds no summary sheet into it; refused naming the file, nothing written', async (on) => {
    const base = path.join(dir, `structure-${on}.xlsx`);
    await writeWorkbookFile(buildWorkbook(demoWorkbookSpecs()), base);
    await editZip(base, base, async (zip) => {
      const xml = await zip.file('xl/workbook.xml')!.async('string');
      zip.file(
        'xl/workbook.xml',
        xml.replace(/<bookViews|<sheets>/, (m) => `<workbookProtection lockStructure="${on}"/>${m}`),
      );
    });
    const out = path.join(dir, `structure-${on}-rated.xlsx`);
    const r = await cli('rate', base, '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(path.basename(base));
    expect(r.err).toMatch(/ブックの構成が保護されている.*評価サマリー/);
    expect(existsSync(out)).toBe(false);
  });
});

describe("replacing EvalSheet's own sheet removes only what it alone owned", () => {
  test('an old 評価サマリー whose relationships name the shared strings and a department sheet: rated again, both stay and every department cell reads back the same', async () => {
    const first = path.join(dir, 'own-1.xlsx');
    await writeWorkbookFile(buildWorkbook(demoWorkbookSpecs()), first);
    const rated = path.join(dir, 'own-2.xlsx');
    expect((await cli('rate', first, '-o', rated)).code).not.toBe(2);
    const sheets = sheetParts(await parts(rated));
    const summary = sheets.get('評価サマリー')!;
    const department = sheets.get('1-1')!;
    await editZip(rated, rated, async (zip) => {
      const relsPath = summary.replace('worksheets/', 'worksheets/_rels/') + '.rels';
      const extra = `<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../sharedStrings.xml"/><Relationship Id="rIdD" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="${path.basename(department)}"/>`;
      const old = await zip.file(relsPath)?.async('string');
      zip.file(relsPath, old ? old.replace('</Relationships>', `${extra}</Relationships>`) : RELS(extra));
    });
    const again = path.join(dir, 'own-3.xlsx');
    expect((await cli('rate', rated, '-o', again)).code).not.toBe(2);
    const after = await parts(again);
    expect(after.has('xl/sharedStrings.xml')).toBe(true);
    expect(after.get(department)?.equals((await parts(rated)).get(department)!)).toBe(true);
    const [b, a] = [await dumpCells(rated), await dumpCells(again)];
    for (const [k, v] of b) if (!k.startsWith('評価サマリー!')) expect([k, a.get(k)]).toEqual([k, v]);
  });
});
