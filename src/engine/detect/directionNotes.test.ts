import type { SheetSnapshot } from '../model/snapshot';
import { addDirectionNotes } from './directionNotes';
import { Grid } from './grid';
import type { RawIndicator } from './types';

function sheet(values: (string | number | null)[][], notes?: Record<string, string>): SheetSnapshot {
  return { name: 'S', visibility: 'visible', protected: false, top: 1, left: 1, values, merges: [], ...(notes ? { notes } : {}) };
}

function indicator(name: string, row: number, more: Partial<RawIndicator> = {}): RawIndicator {
  return {
    sheet: 'S',
    layout: 'table',
    row,
    id: null,
    name,
    nameCell: `A${row}`,
    wordsForDirection: name,
    cumulative: false,
    repeated: false,
    actuals: [],
    targets: [],
    baselines: [],
    ...more,
  };
}

function read(snap: SheetSnapshot, inds: RawIndicator[]): string[] {
  addDirectionNotes(snap, new Grid(snap), inds);
  return inds.map((i) => i.wordsForDirection);
}

const TABLE: (string | number | null)[][] = [
  ['指標', '単位', '目標', '実績', '備考'],
  ['認知症サポーター養成数', '人', 1100, 1045, null],
  ['特別養護老人ホーム待機者数', '人', 90, 96, null],
];

test('a note on the name or the unit cell joins the words for direction', () => {
  const snap = sheet(TABLE, { A3: '少ないほど良い', B2: '多いほど良い', C1: '令和5年度' });
  const got = read(snap, [indicator('認知症サポーター養成数', 2, { unitCell: 'B2' }), indicator('特別養護老人ホーム待機者数', 3)]);
  expect(got).toEqual(['認知症サポーター養成数\n多いほど良い', '特別養護老人ホーム待機者数\n少ないほど良い']);
});

test('a remark naming exactly one indicator by the end of its name joins its words', () => {
  const snap = sheet([...TABLE.slice(0, 1), ['待機者数は少ないほど良い'], ...TABLE.slice(1)].map((r) => [...r]));
  const got = read(snap, [indicator('認知症サポーター養成数', 3), indicator('特別養護老人ホーム待機者数', 4)]);
  expect(got[1]).toBe('特別養護老人ホーム待機者数\n待機者数は少ないほど良い');
  expect(got[0]).toBe('認知症サポーター養成数');
});

test('a remark naming none joins the one indicator on its row; a heading that does not compare joins nothing', () => {
  const rows = TABLE.map((r) => [...r]);
  rows[2][4] = '地域医療課（少ないほど良い）';
  rows.push(['ごみ排出量の削減']);
  const got = read(sheet(rows), [indicator('認知症サポーター養成数', 2), indicator('特別養護老人ホーム待機者数', 3), indicator('ごみ排出量', 5)]);
  expect(got[0]).toBe('認知症サポーター養成数');
  expect(got[1]).toMatch(/^特別養護老人ホーム待機者数\n地域医療課.少ないほど良い.$/);
  expect(got[2]).toBe('ごみ排出量');
});
