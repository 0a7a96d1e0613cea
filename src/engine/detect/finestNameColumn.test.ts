/**
 * A record export (政策名 | 事業名 | 指標名 | 区分 | R02 …, every name repeated on each row): the indicators are named by the
 * finest name column (指標 over 事業 over 政策); and the evaluation year stated as 「評価年度＝…」 in a line of conditions is read.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Cell = string | number | null;
let nameFirst = false;
const record = (policy: string, project: string, name: string, unit: string, kind: string, values: Cell[]): Cell[] => [
  ...(nameFirst ? [name, project, policy] : [policy, project, name]),
  unit,
  kind,
  ...values,
];

function sheet(condition: string) {
  const names = nameFirst ? ['指標名', '事業名', '政策名'] : ['政策名', '事業名', '指標名'];
  return snap('データ', [
    ['評価データ抽出結果'],
    [condition],
    [],
    [...names, '単位', '区分', 'R02', 'R03', 'R04'],
    record('安心なまち', '防災訓練事業', '防災訓練の参加者数', '人', '目標', [800, 900, 1000]),
    record('安心なまち', '防災訓練事業', '防災訓練の参加者数', '人', '実績', [760, 950, 880]),
    record('安心なまち', '自主防災事業', '自主防災組織の結成率', '％', '目標', [80, 85, 90]),
    record('安心なまち', '自主防災事業', '自主防災組織の結成率', '％', '実績', [81, 84, 91]),
    record('元気なまち', 'スポーツ振興事業', '体育施設の利用者数', '人', '目標', [30000, 31000, 32000]),
    record('元気なまち', 'スポーツ振興事業', '体育施設の利用者数', '人', '実績', [28000, 30500, 33000]),
  ]);
}

const read = (condition: string) => checkWorkbook({ sheets: [sheet(condition)] }, {}).report;

test('the 指標名 column names the indicators, not the coarser 政策名 / 事業名 columns before it', () => {
  const report = read('抽出条件：評価年度＝令和4年度　部局＝全部局');
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual])).toEqual([
    ['防災訓練の参加者数', '人', 1000, 880],
    ['自主防災組織の結成率', '%', 90, 91],
    ['体育施設の利用者数', '人', 32000, 33000],
  ]);
});

test('a name heading that says 指標 wins wherever it stands, before the coarser columns too', () => {
  nameFirst = true;
  const report = read('抽出条件：評価年度＝令和4年度');
  nameFirst = false;
  expect(report.indicators.map((i) => i.name)).toEqual(['防災訓練の参加者数', '自主防災組織の結成率', '体育施設の利用者数']);
});

test('「評価年度＝令和4年度」 in a line of conditions states the period: nothing is guessed', () => {
  const report = read('抽出条件：評価年度＝令和4年度　部局＝全部局');
  expect(report.period?.fiscalYear).toBe(2022);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});
