/** 「訪問目標 | 訪問実績」「回収目標 | 回収実績」: the target and the actual of what is done; a scope's, a term's or a kind's 目標 names no twin. */
import { checkWorkbook } from '../actions/check';
import { isDoneWord } from './doneWords';
import { snap } from './testing';

function centres(target: string, actual: string) {
  return snap('センター別', [
    ['令和６年度　センター別　見守り訪問実績', null, null, null, null],
    ['No.', 'センター名', target, actual, '達成率'],
    [1, '中央地域包括支援センター', 1650, 1712, 1.04],
    [2, '東部地域包括支援センター', 1420, 1288, 0.91],
  ]);
}

const read = (target: string, actual: string) =>
  checkWorkbook({ sheets: [centres(target, actual)] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.grade]);

test('訪問目標（件） | 訪問実績（件）: each row’s target and actual, the unit from the headings', () => {
  expect(read('訪問目標\n（件）', '訪問実績\n（件）')).toEqual([
    ['中央地域包括支援センター', '件', 1650, 1712, 'A'],
    ['東部地域包括支援センター', '件', 1420, 1288, 'B'],
  ]);
});

test('回収目標 | 回収実績 read the same way', () => {
  expect(read('回収目標', '回収実績').map((r) => [r[2], r[3]])).toEqual([
    [1650, 1712],
    [1420, 1288],
  ]);
});

test('a scope’s, a term’s or a kind’s 目標 beside its 実績 names no twin: nothing is read', () => {
  for (const w of ['全国', '県内', '月間', '努力', '参考']) expect(read(`${w}目標`, `${w}実績`)).toEqual([]);
});

test('only the words of what is done', () => {
  expect(['回収', '訪問', '相談', '集積'].every(isDoneWord)).toBe(true);
  expect(['全国', '県内', '昨年', '本年', '月間', '累計', '参考', '努力', '削減', '整備'].some(isDoneWord)).toBe(false);
});

test('review rv81 item 6: what those served take up, 受講目標（人） | 受講実績（人） under 講座名', () => {
  const sheet = snap('講座別', [
    ['令和５年度　生涯学習講座 受講実績'],
    [null],
    ['No.', '講座名', '受講目標\n（人）', '受講実績\n（人）', '達成率'],
    [1, 'パソコン入門講座', 120, 131, 131 / 120],
    [2, '郷土史講座', 80, 62, 62 / 80],
  ]);
  expect(checkWorkbook({ sheets: [sheet] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.grade])).toEqual([
    ['パソコン入門講座', '人', 120, 131, 'A'],
    ['郷土史講座', '人', 80, 62, 'C'],
  ]);
  expect(['受講', '参加', '利用'].every(isDoneWord)).toBe(true);
});

test('review rv82b item 1: 参加実績（前年度） beside 参加実績 is last year’s, no twin; two twins left read none', () => {
  const sheet = (headings: string[]) =>
    checkWorkbook(
      {
        sheets: [
          snap('事業別', [
            ['令和５年度　子育て支援事業　参加状況（単位：人）', null, null, null],
            ['事業名', ...headings],
            ['親子ふれあい教室', 600, 655, 512],
            ['パパママ講座', 300, 280, 318],
          ]),
        ],
      },
      {},
    ).report.indicators.map((i) => [i.name, i.target, i.actual]);
  expect(sheet(['参加目標', '参加実績\n（前年度）', '参加実績'])).toEqual([
    ['親子ふれあい教室', 600, 512],
    ['パパママ講座', 300, 318],
  ]);
  for (const b of ['（見込）', '（参考）']) expect(sheet(['参加目標', `参加実績${b}`, '参加実績']).map((r) => r[2])).toEqual([512, 318]);
  expect(sheet(['参加目標', '参加実績\n（上期）', '参加実績\n（下期）']).some((r) => r[2] === 655 || r[2] === 280)).toBe(false);
});

test('the same 相談目標 | 相談実績 under each year’s band is each year’s pair (rv82b’s take-none only for differing headings)', () => {
  const { report } = checkWorkbook(
    {
      sheets: [
        snap(
          'センター別',
          [
            ['令和５年度　相談支援センター別実績'],
            ['センター名', '令和4年度', null, '令和5年度', null],
            [null, '相談目標\n（件）', '相談実績\n（件）', '相談目標\n（件）', '相談実績\n（件）'],
            ['北部センター', 400, 380, 420, 431],
            ['南部センター', 300, 310, 320, 290],
          ],
          { merges: ['A2:A3', 'B2:C2', 'D2:E2'] },
        ),
      ],
    },
    {},
  );
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['北部センター', 420, 431],
    ['南部センター', 320, 290],
  ]);
});
