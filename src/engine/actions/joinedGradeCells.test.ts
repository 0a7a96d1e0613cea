/**
 * A grade cell standing on another sheet than its indicator's (the 評価 column of a 実績値 sheet joined to the 目標値
 * sheet's rows): rating, rolling and the report address it on its own sheet, never the same address on the target sheet.
 */
import { checkWorkbook } from './check';
import { planRating } from './rate';
import { planRoll } from './roll';
import type { WorkbookSnapshot } from '../model/port';
import { snap as sheetOf } from '../detect/testing';

// The 実績値 sheet lists the rows in another order, with its 評価 column in C: C4 and C5 on the 目標値 sheet are targets.
const pair = (grades: [string | null, string | null]): WorkbookSnapshot => ({
  sheets: [
    sheetOf('目標値', [
      ['令和5年度 成果指標 目標値'],
      [],
      ['指標名', '単位', '目標値（R5）'],
      ['図書館の貸出冊数', '冊', 500000],
      ['市民講座の参加者数', '人', 3000],
    ]),
    sheetOf('実績値', [
      ['令和5年度 成果指標 実績値'],
      [],
      ['指標名', '実績値（R5）', '評価'],
      ['市民講座の参加者数', 2500, grades[0]],
      ['図書館の貸出冊数', 520000, grades[1]],
    ]),
  ],
});

describe('a joined indicator whose 評価 column stands on the 実績値 sheet', () => {
  test('rating fills the 実績値 sheet’s empty 評価 cells and writes nothing on the 目標値 sheet (its C4 and C5 hold targets)', () => {
    const snapshot = pair([null, null]);
    const result = checkWorkbook(snapshot, { file: 'pair.xlsx' });
    const plan = planRating(snapshot, result);
    expect(plan.cells.map((c) => [c.sheet, c.cell, c.value])).toEqual([
      ['実績値', 'C4', 'B'],
      ['実績値', 'C5', 'A'],
    ]);
  });

  test('the report names the grade cell with its sheet, and reads the grade written there', () => {
    const snapshot = pair(['C', 'A']);
    const { report } = checkWorkbook(snapshot, { file: 'pair.xlsx' });
    const lib = report.indicators.find((i) => i.name === '図書館の貸出冊数')!;
    const course = report.indicators.find((i) => i.name === '市民講座の参加者数')!;
    expect([lib.cells.grade, lib.existingGrade]).toEqual(['実績値!C5', 'A']);
    expect([course.cells.grade, course.existingGrade]).toEqual(['実績値!C4', 'C']);
    // The written C differs from the computed B: the finding names the cell on the 実績値 sheet.
    const mismatch = report.findings.find((f) => f.code === 'rating-mismatch')!;
    expect([mismatch.sheet, mismatch.cell]).toEqual(['実績値', 'C4']);
  });

  test('rolling to next year clears the written grades on the 実績値 sheet and leaves the 目標値 sheet’s targets', () => {
    const snapshot = pair(['C', 'A']);
    const result = checkWorkbook(snapshot, { file: 'pair.xlsx' });
    const roll = planRoll(snapshot, result, 2024);
    const cleared = roll.changes.filter((c) => c.kind === 'grade-cleared').map((c) => [c.sheet, c.cell, c.before]);
    expect(cleared).toEqual([
      ['実績値', 'C4', 'C'],
      ['実績値', 'C5', 'A'],
    ]);
    expect(roll.changes.filter((c) => c.sheet === '目標値' && ['C4', 'C5'].includes(c.cell) && c.kind.startsWith('grade'))).toEqual([]);
  });
});
