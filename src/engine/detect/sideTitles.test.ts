import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const groups = (rows: (string | number | null)[][]) => checkWorkbook({ sheets: [snap('計画', rows)] }, {}).report.groups.map((g) => [g.cell, g.name, g.grade]);

test('two tables side by side, each titled on the line of its rating label: each rates its own indicators', () => {
  const rows = [
    ['令和5年度 計画の評価'],
    [],
    ['施策1 子育て支援の充実', null, '評価', null, null, '施策2 学びの環境づくり', null, '評価'],
    ['指標', '単位', '目標（R5）', '実績（R5）', null, '指標', '単位', '目標（R5）', '実績（R5）'],
    ['相談件数', '件', 100, 100, null, '講座数', '回', 50, 20],
    ['登録者数', '人', 200, 210, null, '受講者数', '人', 400, 150],
  ];
  expect(groups(rows)).toEqual([
    ['D3', '施策1 子育て支援の充実', 'A'],
    ['I3', '施策2 学びの環境づくり', 'D'],
  ]);
});

test('two blocks side by side, each titled on a line above its rating label at the block’s right end: each rates its own indicators', () => {
  const block = (title: string, dept: string) => ({ title, dept });
  const [l, r] = [block('施策1 子育て支援の充実', 'こども課'), block('施策2 健康づくりの推進', '健康課')];
  const rows = [
    ['令和5年度 施策評価シート'],
    [],
    [l.title, null, null, null, null, null, r.title],
    ['主管課', l.dept, null, '施策の評価', null, null, '主管課', r.dept, null, '施策の評価', null],
    [],
    ['成果指標', '単位', '目標値', '実績値', '達成度', null, '成果指標', '単位', '目標値', '実績値', '達成度'],
    ['相談件数', '件', 100, 100, null, null, '受診率', '%', 50, 20],
    ['登録者数', '人', 200, 210, null, null, '参加者数', '人', 400, 150],
  ];
  expect(groups(rows)).toEqual([
    ['E4', l.title, 'A'],
    ['K4', r.title, 'D'],
  ]);
});
