/** A 成果目標 column of goal statements merged over the rows of their items (項目): the items are the names, the goals their group. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const GOALS = ['施設入所者の地域生活への移行', null, '福祉施設から一般就労への移行', null, '地域生活支援拠点等の整備'];
const ITEMS = ['地域生活移行者数', '施設入所者数', '一般就労移行者数', '就労移行支援事業からの移行者数', '地域生活支援拠点等の整備数'];

const sheet = (goalHeading: string, merges: string[]) =>
  snap(
    '成果目標',
    [
      ['第６期障害福祉計画　成果目標の達成状況（令和５年度末）'],
      [goalHeading, '項目', '単位', '目標値\n（令和５年度）', '実　績', null],
      [null, null, null, null, '令和４年度', '令和５年度'],
      ...ITEMS.map((item, i) => [GOALS[i], item, i === 4 ? 'か所' : '人', [10, 161, 29, 20, 1][i], [5, 160, 26, 17, 1][i], [7, 163, 31, 16, 1][i]]),
    ],
    { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:F2', ...merges] },
  );
const read = (goalHeading: string, merges: string[]) =>
  checkWorkbook({ sheets: [sheet(goalHeading, merges)] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual]);

test('成果目標 merged over its items’ rows groups them: one indicator per 項目, named as written', () => {
  expect(read('成果目標', ['A4:A5', 'A6:A7'])).toEqual([
    ['地域生活移行者数', 10, 7],
    ['施設入所者数', 161, 163],
    ['一般就労移行者数', 29, 31],
    ['就労移行支援事業からの移行者数', 20, 16],
    ['地域生活支援拠点等の整備数', 1, 1],
  ]);
});

test('a 成果目標 column of text targets merged over rows right of the names (項目) stays the target column', () => {
  const s = snap(
    '成果目標',
    [
      ['令和５年度　成果目標の達成状況'],
      ['No.', '項目', '単位', '成果目標', '令和５年度実績'],
      [1, '一般就労移行者数', '人', '前年度より増加', 31],
      [2, '就労移行支援事業からの移行者数', '人', null, 16],
      [3, '相談支援の件数', '件', '毎年度実施', 22],
    ],
    { merges: ['D3:D4'] },
  );
  const ind = checkWorkbook({ sheets: [s] }, {}).report.indicators;
  expect(ind.map((i) => [i.name, i.actual, i.cells.target])).toEqual([
    ['一般就労移行者数', 31, 'D3'],
    ['就労移行支援事業からの移行者数', 16, 'D3'],
    ['相談支援の件数', 22, 'D5'],
  ]);
});

test('measure names merged over a 区分 breakdown (地域生活移行者数 over 計 | 男性 | 女性) are no goals: the rule stays out (rv61)', () => {
  const s = snap(
    '成果目標',
    [
      ['成果目標', '区分', '単位', '目標値', '令和５年度実績'],
      ['地域生活移行者数', '計', '人', 10, 7],
      [null, '男性', '人', null, 3],
      [null, '女性', '人', null, 4],
      ['一般就労移行者数', '計', '人', 29, 31],
      [null, '男性', '人', null, 18],
      [null, '女性', '人', null, 13],
    ],
    { merges: ['A2:A4', 'A5:A7'] },
  );
  const groups = checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => i.group);
  expect(groups).not.toContain('地域生活移行者数');
});

test('ways written as goals (「前年度より増加」「現状維持」 merged over rows) are targets, no groups (rv61)', () => {
  const s = snap(
    '成果目標',
    [
      ['成果目標', '指標名', '単位', '令和４年度実績', '令和５年度実績'],
      ['前年度より増加', '一般就労移行者数', '人', 29, 31],
      [null, '就労定着者数', '人', 12, 14],
      ['現状維持', '相談支援事業所数', 'か所', 6, 6],
      [null, '地域生活支援拠点数', 'か所', 1, 1],
    ],
    { merges: ['A2:A3', 'A4:A5'] },
  );
  const groups = checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => i.group);
  expect(groups).not.toContain('前年度より増加');
  expect(groups).not.toContain('現状維持');
});

test('a goal worded 「…の価値向上」 groups its items like any goal; 「前年度水準の維持」 compares and stays a target', () => {
  const s = (last: string) =>
    snap(
      '目標指標',
      [
        ['目標', '目標指標', '単位', '目標値（R3）', '実績値（R3）'],
        ['賑わいの創出', '歩行者通行量（休日）', '人', 16000, 10440],
        [null, '中心市街地で買い物をする市民の割合', '％', 35, 29.8],
        ['空き店舗の解消', '空き店舗率', '％', 14, 17.6],
        [last, '中心市街地の地価（商業地最高地点）', '円/㎡', 190000, 176000],
      ],
      { merges: ['A2:A3'] },
    );
  const read = (last: string) => checkWorkbook({ sheets: [s(last)] }, {}).report.indicators.map((i) => [i.group, i.name]);
  expect(read('商業地の価値向上')).toEqual([
    ['賑わいの創出', '歩行者通行量（休日）'],
    ['賑わいの創出', '中心市街地で買い物をする市民の割合'],
    ['空き店舗の解消', '空き店舗率'],
    ['商業地の価値向上', '中心市街地の地価（商業地最高地点）'],
  ]);
  expect(read('前年度水準の維持').map(([g]) => g)).not.toContain('前年度水準の維持');
});

test.each(['指標名', '目標指標'])(
  'a lowering goal (「肥満者の割合の減少」 over 男性 / 女性 rows) beside %s groups its rows and passes its way on: both down',
  (head) => {
    const s = snap(
      '健康づくり',
      [
        ['目標', head, '単位', '目標値（R5）', '実績値（R5）'],
        ['肥満者の割合の減少', '20～60歳代男性の肥満者の割合', '％', 28, 33.0],
        [null, '40～60歳代女性の肥満者の割合', '％', 19, 20.5],
        ['運動の習慣化', '運動習慣者の割合', '％', 40, 35],
      ],
      { merges: ['A2:A3'] },
    );
    const read = checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.group, i.name, i.direction]);
    expect(read).toEqual([
      ['肥満者の割合の減少', '20～60歳代男性の肥満者の割合', 'down'],
      ['肥満者の割合の減少', '40～60歳代女性の肥満者の割合', 'down'],
      ['運動の習慣化', '運動習慣者の割合', 'up'],
    ]);
    // A lowering goal of another thing (「医療費の削減」 over 健診受診率) says nothing of the rows' way.
    const other = snap(
      '健康づくり',
      [
        ['目標', '指標名', '単位', '目標値（R5）', '実績値（R5）'],
        ['医療費の削減', '特定健診受診率', '％', 60, 52],
        [null, '特定保健指導実施率', '％', 45, 40],
      ],
      { merges: ['A2:A3'] },
    );
    expect(checkWorkbook({ sheets: [other] }, {}).report.indicators.map((i) => i.direction)).toEqual(['up', 'up']);
  },
);

test('review rv66: a lowering goal (「肥満者の割合の減少」 over 男性 / 女性 rows) stays the rows’ way, down, never dropped for up', () => {
  const s = snap(
    '健康づくり',
    [
      ['目標', '目標指標', '単位', '目標値（R5）', '実績値（R5）'],
      ['肥満者の割合の減少', '20～60歳代男性の肥満者の割合', '％', 28, 33.0],
      [null, '40～60歳代女性の肥満者の割合', '％', 19, 20.5],
    ],
    { merges: ['A2:A3'] },
  );
  const read = checkWorkbook({ sheets: [s] }, {}).report.indicators;
  expect(read.length).toBeGreaterThan(0);
  expect(read.filter((i) => i.direction === 'up' && i.grade === 'A')).toEqual([]);
});
