/** A row crossed out with a strike-through font, its name and figures, is no indicator; said with the sheet's note. */
import { checkWorkbook } from '../actions/check';
import type { SheetSnapshot } from '../model/port';
import { snap } from './testing';

const ROWS = [
  ['令和5年度 指標の状況'],
  ['指標名', '単位', '目標値', '実績値'],
  ['図書の貸出冊数', '冊', 50000, 48100],
  ['移動図書館の巡回回数', '回', 24, 12],
  ['講座の参加者数', '人', 900, 960],
  ['※取り消し線の指標は計画の見直しにより評価しない。'],
];

const check = (struck: string[]) => {
  const sheet: SheetSnapshot = { ...snap('指標', ROWS), struck };
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  return {
    names: report.indicators.map((i) => i.name),
    said: report.findings.filter((f) => f.code === 'indicator-discontinued').map((f) => [f.cell, f.indicator]),
  };
};

test('a row whose name and figures are struck through is left out, said with the note about the strike', () => {
  expect(check(['A4', 'B4', 'C4', 'D4'])).toEqual({
    names: ['図書の貸出冊数', '講座の参加者数'],
    said: [['A6', '移動図書館の巡回回数']],
  });
});

test('a name alone struck, or a figure alone, is a correction: the row stays', () => {
  expect(check(['A4']).names).toContain('移動図書館の巡回回数');
  expect(check(['D4']).names).toContain('移動図書館の巡回回数');
});
