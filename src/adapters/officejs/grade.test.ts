/**
 * The pane's Grade with 「指摘をセルにメモとして書く」 against the fake Excel: the 指摘事項 sheet and
 * one EvalSheet note per finding's cell — as notes with ExcelApi 1.18, as comments below it — a
 * person's note or comment untouched (and said), a second run after a fix removing that note, and
 * with ExcelApi 1.20 the run written with the add-in's own undo record (Excel's cannot take notes back).
 */
import { buildWorkbook } from '../xlsx/applyPlan';
import { workbookSnapshot } from '../xlsx/readSnapshot';
import { createFakeExcel, fakeWorkbookFrom, SIGNED_IN_USER, type FakeHost } from '../../../test/support/fakeExcel';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { createExcelHost, type ExcelRun } from '.';

const PERSON = { content: '課長確認済み', author: '山田' };

function fakeDemo(apiMinor: number): FakeHost {
  const data = fakeWorkbookFrom(workbookSnapshot(buildWorkbook(demoWorkbookSpecs())).sheets);
  data.apiMinor = apiMinor;
  return createFakeExcel(data);
}

const hostOn = (f: FakeHost) =>
  createExcelHost({
    run: f.run as unknown as ExcelRun,
    isSetSupported: f.isSetSupported,
    changeTracking: true,
    fileName: 'demo.xlsx',
    settings: f.document.settings,
  });

/** Every note and comment of the fake workbook, as `sheet!cell kind: content`. */
const notesOf = (f: FakeHost) =>
  f.data.sheets.flatMap((s) => [...(s.notes ?? [])].map(([cell, n]) => `${s.name}!${cell} ${n.kind}: ${n.content.split('\n')[0].slice(0, 20)}`)).sort();

test('with ExcelApi 1.18: notes on the findings’ cells, none on the cell with a person’s comment, whose row says so', async () => {
  const f = fakeDemo(18);
  f.data.sheet('事業実績')!.notes = new Map([['D6', { kind: 'comment', ...PERSON }]]);
  const r = await hostOn(f).grade({ overwrite: false, notes: true });
  expect(r.notesProblem).toBeNull();
  expect(r.findings?.notes).toMatchObject({ written: 4, personNotes: 1, removed: 0 });
  expect(r.sheets).toContain('指摘事項');
  expect(notesOf(f)).toEqual([
    '1-1!G18 note: 【EvalSheet】警告：累計の指標が',
    '1-1!G25 note: 【EvalSheet】情報：実績値が「集',
    '事業実績!D6 comment: 課長確認済み',
    '事業実績!D8 note: 【EvalSheet】警告：記入された評',
    '事業実績!G9 note: 【EvalSheet】警告：今後の方向性',
  ]);
  expect(f.data.sheet('事業実績')!.notes!.get('D6')).toEqual({ kind: 'comment', ...PERSON });
  expect(f.data.sheet('事業実績')!.notes!.get('D8')!.author).toBe(SIGNED_IN_USER);
  const row = [...f.data.sheet('指摘事項')!.cells].find(([a, c]) => a.startsWith('B') && c.value === 'D6')![0];
  expect(String(f.data.value('指摘事項', `G${row.slice(1)}`))).toContain('人が書いたメモがあるため');
});

test('a second Grade after a fix removes that finding’s note and keeps the others; below ExcelApi 1.18 notes are comments', async () => {
  const f = fakeDemo(17);
  const host = hostOn(f);
  await host.grade({ overwrite: false, notes: true });
  expect(notesOf(f).every((n) => n.includes(' comment: 【EvalSheet】'))).toBe(true);
  expect(notesOf(f)).toHaveLength(5);
  f.data.sheet('事業実績')!.cells.get('G9')!.value = '継続';
  host.invalidate();
  const again = await host.grade({ overwrite: false, notes: true });
  expect(again.findings?.notes).toMatchObject({ written: 0, removed: 1, unchanged: 4 });
  expect(notesOf(f).some((n) => n.startsWith('事業実績!G9'))).toBe(false);
  expect(notesOf(f)).toHaveLength(4);
});

test('with ExcelApi 1.20 the run with notes is written with the add-in’s undo record, not merged into Excel’s undo', async () => {
  const f = fakeDemo(20);
  const host = hostOn(f);
  const r = await host.grade({ overwrite: false, notes: true });
  expect(r.findings?.notes?.written).toBe(5);
  expect(f.data.sheet('_EvalSheet取消記録')).toBeDefined();
  // Without notes, Grade stays one entry of Excel's undo.
  const plain = fakeDemo(20);
  await hostOn(plain).grade({ overwrite: false });
  expect(plain.data.sheet('_EvalSheet取消記録')).toBeUndefined();
  expect(notesOf(plain)).toEqual([]);
});
