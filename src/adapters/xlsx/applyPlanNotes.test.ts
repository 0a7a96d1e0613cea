/** EvalSheet's notes through exceljs (the writer used when the patcher cannot edit a package): added, removed, a person's kept. */
import { applyPlan, buildWorkbook } from './applyPlan';
import { fastSnapshot } from './fastSnapshot';

test('an EvalSheet note removed and one added; a cell with a person’s note gets nothing', async () => {
  const wb = buildWorkbook([
    {
      name: '施策',
      rows: [
        [{ value: '指標' }, { value: 1 }],
        [null, { value: 2 }],
        [null, null, { value: 3 }],
      ],
    },
  ]);
  const ws = wb.getWorksheet('施策')!;
  ws.getCell('A1').note = '人のメモ';
  ws.getCell('B2').note = '【EvalSheet】警告：前回の指摘';
  applyPlan(wb, {
    cells: [],
    sheets: [],
    scale: [],
    notes: [
      { sheet: '施策', cell: 'B2', text: null, previous: '【EvalSheet】警告：前回の指摘' },
      { sheet: '施策', cell: 'C3', text: '【EvalSheet】エラー：新しい指摘', previous: null },
      { sheet: '施策', cell: 'A1', text: '【EvalSheet】警告：人のメモのセル', previous: null },
    ],
  });
  const s = (await fastSnapshot(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))).sheets[0];
  expect(s.notes).toEqual({ A1: '人のメモ' });
  expect(s.evalsheetNotes).toEqual({ C3: '【EvalSheet】エラー：新しい指摘' });
});
