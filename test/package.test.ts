/**
 * `rate` writes into a copy of the original package: charts, drawings and every part it does not
 * own survive byte for byte, the parts it writes are well-formed, and a second run replaces its
 * own sheet instead of adding another.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { run } from '../src/cli/main';
import { buildWorkbook } from '../src/adapters/xlsx/applyPlan';
import { writeWorkbookFile } from '../src/adapters/xlsx/files';
import { readWorkbookFile } from '../src/adapters/xlsx/files';
import { workbookWithPlan } from '../src/adapters/xlsx/savePlan';
import { checkWorkbook, planRating } from '../src/engine';
import { demoWorkbookSpecs } from './support/samples/demoWorkbook';
import { dumpCells, tempDir } from './helpers/workbooks';

let dir: string;
let withChart: string;
const CHART =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>';
const DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  '<xdr:twoCellAnchor><xdr:from><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>27</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="グラフ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
  '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
const RELS = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;

/** Adds a chart on sheet2 the way Excel stores one (drawing part, chart part, relationships). */
async function addChart(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  zip.file('xl/charts/chart1.xml', CHART);
  zip.file('xl/drawings/drawing1.xml', DRAWING);
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    RELS('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/>'),
  );
  const relsPath = 'xl/worksheets/_rels/sheet2.xml.rels';
  const rel =
    '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>';
  const old = await zip.file(relsPath)?.async('string');
  zip.file(relsPath, old ? old.replace('</Relationships>', `${rel}</Relationships>`) : RELS(rel));
  const sheet = (await zip.file('xl/worksheets/sheet2.xml')!.async('string')).replace('</worksheet>', '<drawing r:id="rIdChart1"/></worksheet>');
  zip.file('xl/worksheets/sheet2.xml', sheet);
  const ct = (await zip.file('[Content_Types].xml')!.async('string')).replace(
    '</Types>',
    '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
  );
  zip.file('[Content_Types].xml', ct);
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

async function parts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.files[name].async('string'));
  return out;
}

function wellFormed(xml: string): void {
  const p = new SaxesParser({ xmlns: true });
  p.on('error', (e) => {
    throw e;
  });
  p.write(xml).close();
}

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  dir = await tempDir();
  withChart = path.join(dir, 'chart.xlsx');
  await writeWorkbookFile(buildWorkbook(demoWorkbookSpecs()), withChart);
  await addChart(withChart);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('rate keeps the package', () => {
  let out: string;
  let before: Map<string, string>;
  let after: Map<string, string>;
  let stderr: string;
  let changes: { sheet: string; cell: string; value: string }[];
  beforeAll(async () => {
    out = path.join(dir, 'rated.xlsx');
    const r = await cli('rate', withChart, '-o', out, '--json');
    expect(r.code).not.toBe(2);
    stderr = r.err;
    changes = JSON.parse(r.out).changes;
    before = await parts(withChart);
    after = await parts(out);
  });

  test('the chart, its drawing and their relationships survive, with no warning', () => {
    for (const p of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/theme/theme1.xml', 'xl/sharedStrings.xml'])
      expect(after.get(p)).toBe(before.get(p));
    expect(after.get('xl/worksheets/_rels/sheet2.xml.rels')).toBe(before.get('xl/worksheets/_rels/sheet2.xml.rels'));
    expect(after.get('xl/worksheets/sheet2.xml')).toContain('<drawing r:id="rIdChart1"/>');
    expect(stderr).not.toContain('グラフ');
  });

  test('sheets without a change are copied byte for byte', () => {
    const changed = [...before.keys()].filter((p) => p.startsWith('xl/worksheets/sheet') && before.get(p) !== after.get(p));
    // Only the sheets that received grades (policy and project sheets) differ.
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan([...before.keys()].filter((p) => p.startsWith('xl/worksheets/sheet')).length);
  });

  test('every XML part is well-formed and the style counts match', () => {
    for (const [name, text] of after) if (/\.(xml|rels)$/.test(name)) expect(() => wellFormed(text)).not.toThrow();
    const styles = after.get('xl/styles.xml')!;
    for (const [tag, child] of [
      ['fonts', 'font'],
      ['fills', 'fill'],
      ['borders', 'border'],
      ['cellXfs', 'xf'],
      ['dxfs', 'dxf'],
    ]) {
      const m = new RegExp(`<${tag}\\b[^>]*count="(\\d+)"[^>]*>([\\s\\S]*?)</${tag}>`).exec(styles)!;
      expect(Number(m[1])).toBe((m[2].match(new RegExp(`<${child}[\\s>/]`, 'g')) ?? []).length);
    }
  });

  test('the summary sheet is registered everywhere a part must be', () => {
    const wb = after.get('xl/workbook.xml')!;
    expect(wb).toContain('name="評価サマリー"');
    const rid = /<sheet name="評価サマリー" sheetId="\d+" r:id="(rId\d+)"\/>/.exec(wb)![1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(after.get('xl/_rels/workbook.xml.rels')!)![1];
    expect(after.has(`xl/${target}`)).toBe(true);
    expect(after.get('[Content_Types].xml')).toContain(`PartName="/xl/${target}"`);
    expect(wb).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="\d+">'評価サマリー'!\$4:\$4<\/definedName>/);
    const table = [...after.keys()].filter((p) => p.startsWith('xl/tables/'));
    expect(table).toHaveLength(1);
    expect(after.get(table[0])).toContain('name="EvalSheetSummary"');
  });

  test('grades are in place when the file is read back, and every other cell is unchanged', async () => {
    expect(changes.length).toBeGreaterThanOrEqual(2);
    const a = await dumpCells(withChart);
    const b = await dumpCells(out);
    for (const c of changes) expect(JSON.parse(b.get(`${c.sheet}!${c.cell}`)!.value)).toBe(c.value);
    const owned = new Set(changes.map((c) => `${c.sheet}!${c.cell}`));
    for (const [k, v] of a) if (!owned.has(k)) expect(b.get(k)).toEqual(v);
  });

  test('a second run replaces its own sheet and table: same parts, same summary', async () => {
    const again = path.join(dir, 'rated2.xlsx');
    expect((await cli('rate', out, '-o', again)).code).not.toBe(2);
    const twice = await parts(again);
    expect([...twice.keys()].sort()).toEqual([...after.keys()].sort());
    expect((twice.get('xl/workbook.xml')!.match(/評価サマリー/g) ?? []).length).toBe((after.get('xl/workbook.xml')!.match(/評価サマリー/g) ?? []).length);
    const summaryPath = (m: Map<string, string>) => {
      const rid = /<sheet name="評価サマリー"[^>]*r:id="(rId\d+)"/.exec(m.get('xl/workbook.xml')!)![1];
      return 'xl/' + new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(m.get('xl/_rels/workbook.xml.rels')!)![1];
    };
    expect(twice.get(summaryPath(twice))).toBe(after.get(summaryPath(after)));
    // Styles are added once per run; the cell styles of the sheet are the same again.
    expect(twice.get('xl/charts/chart1.xml')).toBe(CHART);
  });
});

describe('when the package has a shape the patcher does not edit', () => {
  test('the workbook is written by exceljs instead, and the caller is told', async () => {
    const file = path.join(dir, 'noaddr.xlsx');
    await writeWorkbookFile(buildWorkbook(demoWorkbookSpecs()), file);
    const loaded = await readWorkbookFile(file);
    const result = checkWorkbook(loaded.snapshot, { file: 'noaddr.xlsx' });
    const plan = planRating(loaded.snapshot, result, { overwrite: false });
    expect(plan.cells.length).toBeGreaterThan(0);
    // A grade cell on a row whose cells carry no address (legal, rare): the patcher declines.
    const zip = await JSZip.loadAsync(loaded.bytes);
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const wbXml = await zip.file('xl/workbook.xml')!.async('string');
    const rid = new RegExp(`name="${plan.cells[0].sheet}"[^>]*r:id="(rId\\d+)"`).exec(wbXml)![1];
    const sheetPath = 'xl/' + new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1].replace(/^\/xl\//, '');
    const row = Number(/\d+$/.exec(plan.cells[0].cell)![0]);
    const xml = (await zip.file(sheetPath)!.async('string')).replace(new RegExp(`<row r="${row}"[^>]*>[\\s\\S]*?</row>`), (r) =>
      r.replace(/<c r="[A-Z]+\d+"/g, '<c'),
    );
    zip.file(sheetPath, xml);
    const saved = await workbookWithPlan({ ...loaded, bytes: await zip.generateAsync({ type: 'uint8array' }) }, plan);
    expect(saved.keptEverything).toBe(false);
    const outFile = path.join(dir, 'fallback.xlsx');
    await fs.writeFile(outFile, saved.bytes);
    const back = await dumpCells(outFile);
    for (const c of plan.cells) expect(JSON.parse(back.get(`${c.sheet}!${c.cell}`)!.value)).toBe(c.value);
    expect([...back.keys()].some((k) => k.startsWith('評価サマリー!'))).toBe(true);
  });
});

describe('rating a rated workbook again', () => {
  // Only Date is faked: the two runs happen a day apart, as they would in an office.
  const onlyDate: Parameters<typeof jest.useFakeTimers>[0] = {
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  };
  afterEach(() => {
    jest.useRealTimers();
  });

  test('gives the same bytes (the summary table was renumbered 1 → 2, and the parts written carried the time of the run)', async () => {
    const first = path.join(dir, 'again-1.xlsx');
    const second = path.join(dir, 'again-2.xlsx');
    jest.useFakeTimers(onlyDate);
    jest.setSystemTime(new Date('2030-06-01T09:00:00Z'));
    expect((await cli('rate', withChart, '-o', first)).code).not.toBe(2);
    jest.setSystemTime(new Date('2030-06-02T15:30:00Z'));
    expect((await cli('rate', first, '-o', second)).code).not.toBe(2);
    jest.useRealTimers();
    const a = await parts(first);
    const b = await parts(second);
    const table = [...b.keys()].find((p) => p.startsWith('xl/tables/'))!;
    expect(/<table\b[^>]*\bid="(\d+)"/.exec(b.get(table)!)![1]).toBe(/<table\b[^>]*\bid="(\d+)"/.exec(a.get(table)!)![1]);
    expect(Buffer.compare(await fs.readFile(first), await fs.readFile(second))).toBe(0);
  });

  test('docProps/app.xml lists the sheet that was added (TitlesOfParts and the Worksheets count of HeadingPairs)', async () => {
    const out = path.join(dir, 'app-props.xlsx');
    expect((await cli('rate', withChart, '-o', out)).code).not.toBe(2);
    const before = (await parts(withChart)).get('docProps/app.xml')!;
    const after = (await parts(out)).get('docProps/app.xml')!;
    const titles = (xml: string) => [.../<TitlesOfParts>([\s\S]*?)<\/TitlesOfParts>/.exec(xml)![1].matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]);
    const sheetCount = (xml: string) =>
      Number(/<vt:lpstr>(?:Worksheets|ワークシート)<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>(\d+)<\/vt:i4>/.exec(xml)![1]);
    const size = (xml: string) => Number(/<TitlesOfParts><vt:vector size="(\d+)"/.exec(xml)![1]);
    expect(titles(after)).toEqual([...titles(before), '評価サマリー']);
    expect(sheetCount(after)).toBe(sheetCount(before) + 1);
    expect(size(after)).toBe(titles(after).length);
    wellFormed(after);
    // Rated again: listed once.
    const again = path.join(dir, 'app-props-2.xlsx');
    expect((await cli('rate', out, '-o', again)).code).not.toBe(2);
    expect(titles((await parts(again)).get('docProps/app.xml')!)).toEqual(titles(after));
  });
});
