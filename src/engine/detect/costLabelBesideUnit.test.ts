/** A cost label in the 区分 column with its money unit in the name cell (事業費 | （千円）) is the project's cost line. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const read = (last: (string | number | null)[]) =>
  checkWorkbook(
    {
      sheets: [
        snap('事業', [
          ['令和５年度　事務事業評価シート'],
          [],
          ['区分', '指標名', '単位', '令和４年度\n実績', '令和５年度\n目標', '令和５年度\n実績'],
          ['活動指標', '連携講座の開催回数', '回', 18, 20, 22],
          ['成果指標', '講座参加者の満足度', '％', 83.5, 85, 81.4],
          [],
          last,
        ]),
      ],
    },
    {},
  ).report.indicators;

test('事業費 | （千円） under the indicators is the cost line, no indicator without a name', () => {
  const got = read(['事業費', '（千円）', null, 12340, null, 13105]);
  expect(got.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['連携講座の開催回数', 20, 22],
    ['講座参加者の満足度', 85, 81.4],
  ]);
});

test('a money unit without brackets beside the label is the same line', () => {
  expect(read(['決算額', '千円', null, 12340, null, 13105]).map((i) => i.name)).toEqual(['連携講座の開催回数', '講座参加者の満足度']);
});

test('a 区分 of 事業費 beside a name is an indicator of that 区分, still read', () => {
  const got = read(['事業費', '補助金交付件数', '件', 40, 45, 47]);
  expect(got.map((i) => [i.name, i.target, i.actual])).toContainEqual(['補助金交付件数', 45, 47]);
});

test('a money unit beside a 区分 that is no cost label is left as it was read', () => {
  const got = read(['成果指標', '（千円）', null, 12340, 12000, 13105]);
  expect(got).toHaveLength(3);
});
