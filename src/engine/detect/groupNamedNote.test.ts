/** A remark naming a group label merged beside several names (「健全化判断比率（4指標）」) speaks of each of the group. */
import type { SheetSnapshot } from '../model/snapshot';
import { addDirectionNotes } from './directionNotes';
import { Grid } from './grid';
import { groupNamedIn } from './groupNamedNote';
import type { RawIndicator } from './types';

const ROWS: (string | number | null)[][] = [
  ['区分', '指標', '目標値', '実績'],
  ['健全化判断比率', '実質赤字比率', '－', '－'],
  [null, '実質公債費比率', 10, 9.1],
  [null, '将来負担比率', 50, 55.3],
  ['その他の財政指標', '経常収支比率', 90, 93.8],
  [null, '財政力指数', 0.65, 0.64],
  [null, null, null, null],
];

function sheet(note: string, merges = ['A2:A4', 'A5:A6']): SheetSnapshot {
  return { name: 'S', visibility: 'visible', protected: false, top: 1, left: 1, values: [...ROWS, [note, null, null, null]], merges };
}

const indicators = (): RawIndicator[] =>
  ROWS.slice(1, 6).map((r, i) => ({
    sheet: 'S',
    layout: 'table',
    row: i + 2,
    id: null,
    name: String(r[1]),
    nameCell: `B${i + 2}`,
    wordsForDirection: String(r[1]),
    cumulative: false,
    repeated: false,
    actuals: [],
    targets: [],
    baselines: [],
  }));

const downs = (snap: SheetSnapshot) => {
  const inds = indicators();
  addDirectionNotes(snap, new Grid(snap), inds);
  return inds.filter((i) => i.wordsForDirection !== i.name).map((i) => i.name);
};

test('the group label names every indicator merged beside it; a name in the same sentence is named too', () => {
  const note = '※健全化判断比率（3指標）及び経常収支比率は、数値が低いほど健全であることを示す。';
  expect(downs(sheet(note))).toEqual(['実質赤字比率', '実質公債費比率', '将来負担比率', '経常収支比率']);
});

test('a label not merged over the names (written once, blank below) names no group', () => {
  expect(downs(sheet('※健全化判断比率は、数値が低いほど健全であることを示す。', []))).toEqual([]);
});

test('a label inside a longer named label is that one: 「財政指標」 in 「その他の財政指標」', () => {
  const snap = sheet('');
  const grid = new Grid(snap);
  expect(groupNamedIn(grid, 'その他の財政指標は高いほど良い', indicators()).map((i) => i.name)).toEqual(['経常収支比率', '財政力指数']);
  expect(groupNamedIn(grid, '財政力指数は高いほど良い', indicators())).toEqual([]);
});

test('a label setting the scene for one member (「…のうち、将来負担比率は」) names only that member, not the group', () => {
  expect(downs(sheet('※健全化判断比率のうち、将来負担比率は数値が低いほど健全であることを示す。'))).toEqual(['将来負担比率']);
  const grid = new Grid(sheet(''));
  expect(groupNamedIn(grid, '健全化判断比率の指標のうち、将来負担比率は低いほど良い', indicators())).toEqual([]);
});
