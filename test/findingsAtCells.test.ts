/**
 * Findings at their cells (issue 18, part 1), through the command on the project's sample workbook:
 * the 指摘事項 sheet with a link per row, EvalSheet's legacy notes on the findings' cells, a re-run
 * after a fix removing that finding's note and row, a person's note kept byte for byte, every
 * EvalSheet note removed when no finding is left, and LibreOffice reading the notes back.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { buildWorkbook } from '../src/adapters/xlsx/applyPlan';
import { writeWorkbookFile } from '../src/adapters/xlsx/files';
import { fastSnapshot } from '../src/adapters/xlsx/fastSnapshot';
import { patchPackage } from '../src/adapters/xlsx/patchPackage';
import { planFindings } from '../src/engine/actions/findingNotes';
import { NOTE_MARK } from '../src/engine/model/cellNotes';
import type { WorkbookSnapshot } from '../src/engine/model/port';
import { demoWorkbookSpecs } from './support/samples/demoWorkbook';
import { cli } from './helpers/cli';
import { cleanUp, convert } from './helpers/libreoffice';
import { dumpCells, tempDir } from './helpers/workbooks';

jest.setTimeout(180_000);

const PERSON_NOTE = '担当者メモ：補助金の評価は課長確認済み';
let dir: string;
let source: string;
let rated: string;

const snapshotOf = async (file: string): Promise<WorkbookSnapshot> => fastSnapshot(new Uint8Array(await fs.readFile(file)));
const sheetOf = (s: WorkbookSnapshot, name: string) => s.sheets.find((x) => x.name === name)!;

/** Every <comment> element of the package with its shape, as written (for byte comparisons). */
async function commentElements(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out = new Map<string, string>();
  for (const p of Object.keys(zip.files).filter((x) => /^xl\/comments\d*\.xml$/.test(x)))
    for (const m of (await zip.file(p)!.async('string')).matchAll(/<comment\b[^>]*\bref="([A-Z]+\d+)"[^>]*>[\s\S]*?<\/comment>/g))
      out.set(`${p}!${m[1]}`, m[0]);
  return out;
}

async function parts(file: string): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(await fs.readFile(file))).files);
}

beforeAll(async () => {
  dir = await tempDir('evalsheet-findings-');
  source = path.join(dir, 'demo.xlsx');
  const wb = buildWorkbook(demoWorkbookSpecs());
  // A person's note on a cell with a finding (事業実績!D6, rating-mismatch) and on one without.
  wb.getWorksheet('事業実績')!.getCell('D6').note = PERSON_NOTE;
  wb.getWorksheet('KPI')!.getCell('A1').note = '表題は企画課と調整中';
  await writeWorkbookFile(wb, source);
  rated = path.join(dir, 'rated.xlsx');
  const r = await cli('rate', source, '-o', rated, '--notes');
  expect(r.code).toBe(0);
  expect(r.out).toContain('シート「指摘事項」に指摘 5件を一覧にしました');
  expect(r.out).toContain('新しく 4件');
  expect(r.out).toContain('人が書いたメモのあるセル 1か所には、メモを書いていません');
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('rate --notes: a 指摘事項 sheet whose rows link to their cells, and one EvalSheet note on each finding’s cell except the one with a person’s note', async () => {
  const s = await snapshotOf(rated);
  expect(Object.keys(sheetOf(s, '1-1').evalsheetNotes ?? {}).sort()).toEqual(['G18', 'G25']);
  expect(Object.keys(sheetOf(s, '事業実績').evalsheetNotes ?? {}).sort()).toEqual(['D8', 'G9']);
  expect(sheetOf(s, '事業実績').evalsheetNotes!.G9).toMatch(new RegExp(`^${NOTE_MARK}警告：今後の方向性（G9）の「検討中」`));
  // The person's notes are read as before (the reader sees them, never EvalSheet's).
  expect(sheetOf(s, '事業実績').notes).toEqual({ D6: PERSON_NOTE });
  expect(sheetOf(s, 'KPI').notes).toEqual({ A1: '表題は企画課と調整中' });
  const findings = sheetOf(s, '指摘事項');
  const rows = findings.values.map((r) => r.map((v) => v ?? ''));
  expect(rows[3]).toEqual(['シート', 'セル', '指標', 'コード', '重要度', '内容', 'メモ']);
  const d6 = rows.find((r) => r[0] === '事業実績' && r[1] === 'D6')!;
  expect(d6[6]).toContain('人が書いたメモがあるため、メモを書いていません');
  expect(rows.find((r) => r[1] === 'G9')![6]).toBe('メモを書きました');
  // Each cell address is a link to its cell.
  const cells = await dumpCells(rated);
  const links = [...cells].filter(([k]) => k.startsWith('指摘事項!B')).map(([, c]) => c.formula);
  expect(links).toContain('HYPERLINK("#\'事業実績\'!D8","D8")');
  expect(links).toContain('HYPERLINK("#\'1-1\'!G18","G18")');
  // The legacy parts: comments part, VML drawing and the sheet's <legacyDrawing>, typed in [Content_Types].xml.
  const zip = await JSZip.loadAsync(await fs.readFile(rated));
  const vml = Object.keys(zip.files).filter((p) => /^xl\/drawings\/vmlDrawing\d+\.vml$/.test(p));
  expect(vml.length).toBe(3);
  const allVml = (await Promise.all(vml.map((p) => zip.file(p)!.async('string')))).join('');
  expect(allVml.match(/ObjectType="Note"/g)).toHaveLength(6); // four of EvalSheet's, the person's D6 and A1
  expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('Extension="vml"');
});

test('the person’s note keeps every byte of its comment element', async () => {
  const before = [...(await commentElements(source))].filter(([k]) => k.endsWith('!D6'));
  const after = [...(await commentElements(rated))].filter(([k]) => k.endsWith('!D6'));
  expect(before).toHaveLength(1);
  expect(after.map(([, v]) => v)).toEqual(before.map(([, v]) => v));
});

test('a re-run after fixing a value removes that finding’s note and row; the other notes stay as they were', async () => {
  const fixed = path.join(dir, 'fixed.xlsx');
  const bytes = await patchPackage(new Uint8Array(await fs.readFile(rated)), {
    cells: [{ sheet: '事業実績', cell: 'G9', value: '継続', previous: '検討中', kind: 'setting', indicator: null }],
    sheets: [],
    scale: [],
  });
  await fs.writeFile(fixed, bytes);
  const before = await commentElements(fixed);
  const r = await cli('rate', fixed, '--in-place', '--notes');
  expect(r.code).toBe(0);
  expect(r.out).toContain('直った指摘のメモの削除 1件');
  expect(r.out).toContain('前回と同じでそのまま 3件');
  const s = await snapshotOf(fixed);
  expect(Object.keys(sheetOf(s, '事業実績').evalsheetNotes ?? {})).toEqual(['D8']);
  expect(Object.keys(sheetOf(s, '1-1').evalsheetNotes ?? {}).sort()).toEqual(['G18', 'G25']);
  expect(sheetOf(s, '指摘事項').values.some((row) => row[1] === 'G9')).toBe(false);
  const after = await commentElements(fixed);
  for (const [k, v] of after) expect(before.get(k)).toBe(v);
  expect([...before.keys()].filter((k) => !after.has(k))).toEqual([[...before.keys()].find((k) => k.endsWith('!G9'))]);
  const zip = await JSZip.loadAsync(await fs.readFile(fixed));
  const vml = (
    await Promise.all(
      Object.keys(zip.files)
        .filter((p) => p.endsWith('.vml'))
        .map((p) => zip.file(p)!.async('string')),
    )
  ).join('');
  expect(vml).not.toMatch(/<x:Row>8<\/x:Row><x:Column>6<\/x:Column>/);
});

test('no finding left: every EvalSheet note goes with its parts; the person’s notes and their parts stay', async () => {
  const s = await snapshotOf(rated);
  const plan = planFindings(s, [], { file: null, period: null, notes: true });
  expect(plan.notes).toHaveLength(4);
  const cleaned = path.join(dir, 'cleaned.xlsx');
  await fs.writeFile(cleaned, await patchPackage(new Uint8Array(await fs.readFile(rated)), { cells: [], sheets: [], scale: [], notes: plan.notes }));
  const c = await snapshotOf(cleaned);
  expect(c.sheets.every((x) => !x.evalsheetNotes)).toBe(true);
  expect(sheetOf(c, '事業実績').notes).toEqual({ D6: PERSON_NOTE });
  expect(sheetOf(c, 'KPI').notes).toEqual({ A1: '表題は企画課と調整中' });
  const before = await commentElements(source);
  const after = await commentElements(cleaned);
  expect([...after.values()].sort()).toEqual([...before.values()].sort());
  // The parts EvalSheet made for a sheet that had no note of a person's are gone, relationships and types with them.
  expect((await parts(cleaned)).filter((p) => /comments|vml/i.test(p)).length).toBe((await parts(source)).filter((p) => /comments|vml/i.test(p)).length);
  const drawings = async (file: string) => {
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const sheets = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    return (await Promise.all(sheets.map((p) => zip.file(p)!.async('string')))).filter((x) => x.includes('<legacyDrawing')).length;
  };
  expect(await drawings(cleaned)).toBe(await drawings(source));
  expect(await drawings(rated)).toBe((await drawings(source)) + 1);
});

test('rate --findings alone writes the sheet and no note', async () => {
  const out = path.join(dir, 'findings-only.xlsx');
  const r = await cli('rate', source, '-o', out, '--findings');
  expect(r.code).toBe(0);
  expect(r.out).toContain('セルのメモは書いていません（書くには --notes）');
  const s = await snapshotOf(out);
  expect(sheetOf(s, '指摘事項').values[3]).not.toContain('メモ');
  expect(s.sheets.every((x) => !x.evalsheetNotes)).toBe(true);
});

test('LibreOffice opens the rated workbook and reads EvalSheet’s notes and the person’s (re-saved as .xlsx)', async () => {
  const converted = await convert([rated], 'xlsx');
  try {
    const s = await snapshotOf(converted.outputs.get(rated)![0]);
    expect(Object.keys(sheetOf(s, '1-1').evalsheetNotes ?? {}).sort()).toEqual(['G18', 'G25']);
    expect(sheetOf(s, '事業実績').evalsheetNotes?.D8).toMatch(/^【EvalSheet】警告：記入された評価は「B」/);
    expect(sheetOf(s, '事業実績').notes?.D6).toBe(PERSON_NOTE);
    expect(sheetOf(s, '指摘事項').values.length).toBeGreaterThan(8);
    // The workbook re-saved by LibreOffice (its own comments and VML parts) is rated again: EvalSheet's notes are found and kept in step.
    const resaved = path.join(dir, 'resaved.xlsx');
    const fix = { sheet: '事業実績', cell: 'G9', value: '継続', previous: '検討中', kind: 'setting' as const, indicator: null };
    await fs.writeFile(
      resaved,
      await patchPackage(new Uint8Array(await fs.readFile(converted.outputs.get(rated)![0])), { cells: [fix], sheets: [], scale: [] }),
    );
    const again = await cli('rate', resaved, '--in-place', '--notes');
    expect(again.code).toBe(0);
    expect(again.out).toContain('直った指摘のメモの削除 1件');
    const r = await snapshotOf(resaved);
    expect(Object.keys(sheetOf(r, '事業実績').evalsheetNotes ?? {})).toEqual(['D8']);
    expect(Object.keys(sheetOf(r, '1-1').evalsheetNotes ?? {}).sort()).toEqual(['G18', 'G25']);
    // LibreOffice's own VML shape of the removed note went with it: every note shape has its comment.
    const zip = await JSZip.loadAsync(await fs.readFile(resaved));
    const vml = (
      await Promise.all(
        Object.keys(zip.files)
          .filter((p) => p.endsWith('.vml'))
          .map((p) => zip.file(p)!.async('string')),
      )
    ).join('');
    const shapes = [...vml.matchAll(/<x:Row>\s*(\d+)\s*<\/x:Row>\s*<x:Column>\s*(\d+)\s*<\/x:Column>/g)].map((m) => `${m[1]},${m[2]}`);
    expect(shapes).not.toContain('8,6');
    expect(shapes).toHaveLength((await commentElements(resaved)).size);
    expect(sheetOf(r, '事業実績').notes?.D6).toBe(PERSON_NOTE);
  } finally {
    await cleanUp(converted);
  }
});

test('a protected sheet gets no note and keeps its protection; its findings’ rows say why', async () => {
  const wb = buildWorkbook(demoWorkbookSpecs());
  await wb.getWorksheet('事業実績')!.protect('', {});
  const file = path.join(dir, 'protected.xlsx');
  await writeWorkbookFile(wb, file);
  const out = path.join(dir, 'protected-rated.xlsx');
  const r = await cli('rate', file, '-o', out, '--notes');
  expect(r.code).toBe(0);
  expect(r.out).toContain('保護されたシートのセル 3か所には、メモを書いていません');
  const s = await snapshotOf(out);
  expect(sheetOf(s, '事業実績').evalsheetNotes).toBeUndefined();
  expect(Object.keys(sheetOf(s, '1-1').evalsheetNotes ?? {}).sort()).toEqual(['G18', 'G25']);
  // The sheet's cells' findings (D6, D8, G9); its sheet-protected finding names no cell.
  const rows = sheetOf(s, '指摘事項').values.filter((row) => row[0] === '事業実績' && row[1]);
  expect(rows.map((row) => row[1])).toEqual(['D6', 'D8', 'G9']);
  for (const row of rows) expect(row[6]).toBe('シート「事業実績」が保護されているため、メモを書いていません');
  const protection = async (f: string) => {
    const zip = await JSZip.loadAsync(await fs.readFile(f));
    const xml = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
        .map((p) => zip.file(p)!.async('string')),
    );
    return xml.map((x) => /<sheetProtection\b[^>]*>/.exec(x)?.[0]).filter(Boolean);
  };
  expect(await protection(out)).toEqual(await protection(file));
});

test('a sheet named 指摘事項 that a person made is never replaced; the notes are still written and the output says why', async () => {
  const specs = [...demoWorkbookSpecs(), { name: '指摘事項', rows: [[{ value: '監査委員からの指摘事項' }], [{ value: '1' }, { value: '委託契約の見直し' }]] }];
  const file = path.join(dir, 'person-sheet.xlsx');
  await writeWorkbookFile(buildWorkbook(specs), file);
  const out = path.join(dir, 'person-sheet-rated.xlsx');
  const r = await cli('rate', file, '-o', out, '--notes');
  expect(r.code).toBe(0);
  expect(r.out).toContain('「指摘事項」シートは EvalSheet が作ったものではないため、置き換えず');
  const before = sheetOf(await snapshotOf(file), '指摘事項');
  const after = await snapshotOf(out);
  expect(sheetOf(after, '指摘事項').values).toEqual(before.values);
  expect(Object.keys(sheetOf(after, '1-1').evalsheetNotes ?? {}).sort()).toEqual(['G18', 'G25']);
});
