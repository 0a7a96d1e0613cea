import ExcelJS from 'exceljs';
import { buildWorkbook } from './applyPlan';
import { newWorkbookBytes } from './newWorkbook';
import { patchPackage } from './patchPackage';
import { renderSheet } from './renderSheet';
import { patchCells, wholeText } from './sheetXml';
import { StyleBook } from './styleBook';
import { UnsupportedPart } from './xml';
import type { PlanCell, SheetSpec } from '../../engine/model/plan';

const STYLES =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>';

const sheet = (rows: string) =>
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C3"/><sheetData>${rows}</sheetData><pageMargins left="0.7"/></worksheet>`;

describe('patchCells', () => {
  test('replaces a cell keeping its style, leaves the rest byte for byte', () => {
    const before = sheet(
      '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="4"><v>3</v></c><c r="C1" s="2"/></row><row r="2"><c r="A2"><v>9</v></c></row>',
    );
    const { xml, replacedFormula } = patchCells(before, [{ row: 1, col: 3, value: 'A' }]);
    expect(xml).toContain('<c r="C1" s="2" t="inlineStr"><is><t>A</t></is></c>');
    expect(xml).toContain('<c r="A1" t="s"><v>0</v></c><c r="B1" s="4"><v>3</v></c>');
    expect(xml).toContain('<row r="2"><c r="A2"><v>9</v></c></row>');
    expect(xml).not.toContain('spans=');
    expect(replacedFormula).toBe(false);
  });

  test('inserts missing cells and rows in order', () => {
    const before = sheet('<row r="2"><c r="A2"><v>1</v></c><c r="D2"><v>4</v></c></row><row r="5"><c r="A5"><v>5</v></c></row>');
    const { xml } = patchCells(before, [
      { row: 2, col: 2, value: 'B' },
      { row: 2, col: 6, value: 6 },
      { row: 1, col: 1, value: 'x' },
      { row: 3, col: 2, value: 'C' },
      { row: 9, col: 1, value: 'z' },
    ]);
    const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual([1, 2, 3, 5, 9]);
    const row2 = /<row r="2">(.*?)<\/row>/.exec(xml)![1];
    expect([...row2.matchAll(/<c r="([A-Z]+)2"/g)].map((m) => m[1])).toEqual(['A', 'B', 'D', 'F']);
    expect(row2).toContain('<c r="F2"><v>6</v></c>');
  });

  test('an empty sheetData', () => {
    const { xml } = patchCells('<worksheet xmlns="x"><sheetData/></worksheet>', [{ row: 2, col: 1, value: 'B' }]);
    expect(xml).toBe('<worksheet xmlns="x"><sheetData><row r="2"><c r="A2" t="inlineStr"><is><t>B</t></is></c></row></sheetData></worksheet>');
    // White space at either end is kept.
    expect(patchCells('<worksheet xmlns="x"><sheetData/></worksheet>', [{ row: 1, col: 1, value: ' B' }]).xml).toContain('<t xml:space="preserve"> B</t>');
  });

  test('text is escaped; an emptied cell keeps its style', () => {
    const { xml } = patchCells(sheet('<row r="1"><c r="A1" s="3"><v>1</v></c></row>'), [
      { row: 1, col: 1, value: null },
      { row: 1, col: 2, value: 'a<b & "c"' },
    ]);
    expect(xml).toContain('<c r="A1" s="3"/>');
    expect(xml).toContain('a&lt;b &amp; &quot;c&quot;');
  });

  test('a replaced formula is reported (the calc chain must go)', () => {
    const { replacedFormula } = patchCells(sheet('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>'), [{ row: 1, col: 1, value: 'A' }]);
    expect(replacedFormula).toBe(true);
  });

  test('refuses shapes it cannot edit safely', () => {
    expect(() => patchCells(sheet('<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1</f><v>2</v></c></row>'), [{ row: 1, col: 1, value: 'A' }])).toThrow(
      UnsupportedPart,
    );
    expect(() => patchCells(sheet('<row r="1"><c><v>1</v></c></row>'), [{ row: 1, col: 2, value: 'A' }])).toThrow(UnsupportedPart);
    expect(() => patchCells(sheet('<row><c r="A1"><v>1</v></c></row>'), [{ row: 1, col: 2, value: 'A' }])).toThrow(UnsupportedPart);
  });
});

describe('renderSheet', () => {
  // A sheet past one chunk of rows is rendered in chunks when packed; its styles must all be in the styles part.
  const spec = {
    name: '評価一覧',
    rows: [
      [
        { value: '指標名', style: 'header' as const },
        { value: '評価', style: 'header' as const },
      ],
      ...Array.from({ length: 1234 }, (_, i) => [
        { value: `指標${i + 1}` },
        { value: i % 2 ? 'A' : 'B', style: i === 1200 ? ('total' as const) : undefined },
        i === 1233 ? { value: 0.5, numberFormat: '0.0%' } : null,
      ]),
    ],
  };

  test.each([
    ['the native writer (chunks deflated as they come)', async () => newWorkbookBytes([spec])],
    ['JSZip (chunks joined)', async () => patchPackage(seed(), { cells: [], sheets: [{ mode: 'replace', spec }], scale: [] })],
  ])('a long sheet written by %s reads back whole with its styles', async (_, write) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await write()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('評価一覧')!;
    expect(ws.rowCount).toBe(1235);
    expect(ws.getCell('A1235').value).toBe('指標1234');
    expect(ws.getCell('B1202').value).toBe('B');
    expect([ws.getCell('B1202').font?.bold, ws.getCell('B1202').border?.top?.style]).toEqual([true, 'medium']);
    expect(ws.getCell('C1235').numFmt).toBe('0.0%');
    expect(ws.getCell('A1').font?.bold).toBe(true);
  });

  // The same rows made on demand (a review's 評価一覧): read back the same, made only once written.
  test('streamed rows (SheetSpec.more) read back as the rows of a list; a style they did not declare is refused', async () => {
    let made = 0;
    const [header, ...body] = spec.rows;
    const streamed = (styles: PlanCell[]): SheetSpec => ({
      name: '評価一覧',
      rows: [header],
      more: {
        count: body.length,
        styles,
        *rows() {
          for (const r of body) {
            made++;
            yield r;
          }
        },
      },
    });
    const declared: PlanCell[] = [{ value: null }, { value: null, style: 'total' }, { value: null, numberFormat: '0.0%' }];
    const bytes = newWorkbookBytes([streamed(declared)]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await bytes) as unknown as ArrayBuffer);
    expect(made).toBe(body.length);
    const ws = wb.getWorksheet('評価一覧')!;
    expect(ws.rowCount).toBe(1235);
    expect(ws.getCell('A1235').value).toBe('指標1234');
    expect([ws.getCell('B1202').font?.bold, ws.getCell('B1202').border?.top?.style]).toEqual([true, 'medium']);
    expect(ws.getCell('C1235').numFmt).toBe('0.0%');
    // 'total' not declared: its first use comes after the styles part was written.
    await expect(newWorkbookBytes([streamed([{ value: null }, { value: null, numberFormat: '0.0%' }])])).rejects.toThrow('after the styles part was written');
    // Fewer rows than announced.
    const short = streamed(declared);
    short.more!.count += 1;
    await expect(newWorkbookBytes([short])).rejects.toThrow('1235 rows announced, 1234 made');
  });

  let seedBytes: Uint8Array;
  beforeAll(async () => {
    seedBytes = new Uint8Array((await buildWorkbook([{ name: '評価一覧', rows: [] }]).xlsx.writeBuffer()) as ArrayBuffer);
  });
  const seed = () => seedBytes;
});

describe('a link cell whose text is longer than a formula literal may be (a long indicator name)', () => {
  const literals = (formula: string) => [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
  // 600 characters: a surrogate pair (𠮷) straddles the 255th, quotes inside.
  const text = `${'施'.repeat(254)}𠮷"策"${'名'.repeat(340)}`;
  const spec = (value: string): SheetSpec => ({ name: '評価サマリー', rows: [[{ value, link: { sheet: '1-1', cell: 'B3' } }]] });

  test('no text literal in the written formula is over 255 characters (Excel refuses the file), and together they are the text', async () => {
    const { xml } = renderSheet(spec(text), new StyleBook(STYLES), [], 'rId1');
    const formula = /<f>([^<]*)<\/f>/.exec(wholeText(xml))![1].replace(/&quot;/g, '"');
    const pieces = literals(formula);
    expect(pieces[0]).toBe("#'1-1'!B3");
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(255);
    expect(pieces.slice(1).join('')).toBe(text);
    expect(pieces.slice(1).every((p) => !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
  });

  test('a text too long for any formula (over 8,192 characters in all) is written as text, without the link', () => {
    const { xml } = renderSheet(spec('名'.repeat(9000)), new StyleBook(STYLES), [], 'rId1');
    expect(wholeText(xml)).not.toContain('<f>');
    expect(wholeText(xml)).toContain('名'.repeat(9000));
  });
});

describe("formulas of conditional formats and drop-down lists from a workbook's own settings (grade names, future directions)", () => {
  const literals = (formula: string) => [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]);
  const scale = [
    { grade: 'A"+', label: '', min: 1, points: 3, fill: 'C6EFCE', font: '006100' },
    { grade: '優'.repeat(300), label: '', min: 0.5, points: 2, fill: 'FFEB9C', font: '9C5700' },
    { grade: 'C', label: '', min: null, points: 1, fill: 'FFC7CE', font: '9C0006' },
  ];
  const spec: SheetSpec = {
    name: '評価',
    rows: [[{ value: 'A"+' }]],
    gradeColours: [{ ref: 'A1:A3' }],
    validations: [
      { ref: 'B1', list: ['拡充', '継続'] },
      { ref: 'C1', list: ['拡充,継続', '廃止'] },
      { ref: 'D1', list: Array.from({ length: 60 }, (_, i) => `方向${i}`) },
    ],
  };

  test('a grade with a quote has it doubled, a grade over 255 characters is joined from pieces; every formula reads back', () => {
    const xml = wholeText(renderSheet(spec, new StyleBook(STYLES), scale as never, 'rId1').xml);
    const formulas = [...xml.matchAll(/<formula>([^<]*)<\/formula>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    expect(formulas[0]).toBe('"A""+"');
    expect(formulas[1]).toMatch(/^"優+"&"優+"$/);
    for (const f of formulas) for (const l of literals(f)) expect(l.length).toBeLessThanOrEqual(255);
    expect(formulas[2]).toBe('"C"');
  });

  test('a list Excel cannot hold (an item with a comma, over 255 characters) gets no drop-down; the others keep theirs', () => {
    const xml = wholeText(renderSheet(spec, new StyleBook(STYLES), scale as never, 'rId1').xml);
    const validations = [...xml.matchAll(/<dataValidation\b[^>]*sqref="([^"]*)"[^>]*><formula1>([^<]*)<\/formula1>/g)].map((m) => [m[1], m[2]]);
    expect(validations).toEqual([['B1', '"拡充,継続"']]);
    expect(xml).toContain('<dataValidations count="1">');
  });
});
