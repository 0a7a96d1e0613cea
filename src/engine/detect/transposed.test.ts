import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (rows: (string | number | null)[][]) => checkWorkbook({ sheets: [snap('指標一覧', rows)] }, {}).report;

test('indicators across the columns: names on a line, 単位 / 目標値 / 実績値 lines down the side', () => {
  const report = sheet([
    ['産業振興ビジョン　指標の達成状況', null, null, null],
    [null, null, null, null],
    ['項目', '新規企業誘致数', '市内就業者数', '創業件数'],
    ['単位', '社', '人', '件'],
    ['2023年度 目標値', 4, 21000, 15],
    ['2023年度 実績値', 3, 21250, 8],
    ['達成率', '75.0%', '101.2%', '53.3%'],
  ]);
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.grade])).toEqual([
    ['新規企業誘致数', '社', 4, 3, 'C'],
    ['市内就業者数', '人', 21000, 21250, 'A'],
    ['創業件数', '件', 15, 8, 'D'],
  ]);
  expect(report.period?.label).toContain('2023');
});

test('a line of names without both a target and an actual line under it is no such table', () => {
  const report = sheet([
    ['項目', '新規企業誘致数', '市内就業者数'],
    ['単位', '社', '人'],
    ['実績値', 3, 21250],
  ]);
  expect(report.indicators.map((i) => i.name)).not.toContain('市内就業者数');
});

test('the side lines also give each column its written grade, last grade and stated direction, as a label form does', () => {
  const report = sheet([
    ['項目', '指標１', '指標２', '指標３'],
    ['指標名', '図書館来館者数', '市外通勤者数', '公園清掃ボランティア数'],
    ['単位', '人', '人', '人'],
    ['目標値（令和５年度）', 50000, 5, 300],
    ['実績値（令和５年度）', 41000, 9, 310],
    ['方向性', '増加', '減少', '↑'],
    ['前年度評価', 'B', 'C', 'A'],
    ['担当課評価', 'C', 'D', null],
  ]);
  expect(report.indicators.map((i) => [i.name, i.direction, i.existingGrade ?? null])).toEqual([
    ['図書館来館者数', 'up', 'C'],
    ['市外通勤者数', 'down', 'D'],
    ['公園清掃ボランティア数', 'up', null],
  ]);
  const cells = report.indicators.map((i) => i.cells);
  expect(cells[1]).toMatchObject({ grade: 'C8' });
  expect(cells[2]).toMatchObject({ grade: 'D8' });
});

test('a 達成度 line of figures is the progress rate, never the grade: the 評価 line under it is', () => {
  const report = sheet([
    ['項目', '相談件数', '講座参加者数'],
    ['単位', '件', '人'],
    ['目標値（令和５年度）', 60, 1000],
    ['実績値（令和５年度）', 45, 1210],
    ['達成度', '75%', '121%'],
    ['評価', 'C', 'A'],
  ]);
  expect(report.indicators.map((i) => [i.name, i.existingGrade ?? null, i.cells?.grade])).toEqual([
    ['相談件数', 'C', 'B6'],
    ['講座参加者数', 'A', 'C6'],
  ]);
  expect(report.findings.filter((f) => f.code === 'rating-invalid')).toEqual([]);
});

test('a 指標名 line under a category line names the indicators; the category above each name is its group', () => {
  const report = sheet([
    ['重点プロジェクト　成果指標', null, null, null],
    ['分野', '① 健康づくり', null, '② 防災'],
    ['指標名', '特定健診受診率', 'がん検診受診者数', '自主防災組織の結成数'],
    ['単位', '%', '人', '団体'],
    ['R4実績', 41.2, 5200, 88],
    ['R5目標', 50, 6000, 95],
    ['R5実績', 46.5, 6120, 91],
  ]);
  expect(report.indicators.map((i) => [i.name, i.group, i.unit, i.target, i.actual])).toEqual([
    ['特定健診受診率', '健康づくり', '%', 50, 46.5],
    ['がん検診受診者数', '健康づくり', '人', 6000, 6120],
    ['自主防災組織の結成数', '防災', '団体', 95, 91],
  ]);
  expect(report.indicators.map((i) => i.cells?.name)).toEqual(['B3', 'C3', 'D3']);
});

test('a heading merged over several names (月末現在 over two, 当月実績 over one) is no name; a name merged two columns wide over merged figures is', () => {
  const grouped = checkWorkbook(
    {
      sheets: [
        snap(
          '月別推移',
          [
            ['区分', '月末現在', null, '当月実績'],
            ['項目', '利用定員', '待機児童数', '一時預かり延べ利用者数'],
            ['単位', '人', '人', '人'],
            ['年度実績', 3480, 14, 6930],
            ['年度目標', 3520, 10, 7200],
          ],
          { merges: ['B1:C1'] },
        ),
      ],
    },
    { period: '令和6年度' },
  ).report;
  expect(grouped.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['利用定員', 3520, 3480],
    ['待機児童数', 10, 14],
    ['一時預かり延べ利用者数', 7200, 6930],
  ]);
  const wide = checkWorkbook(
    {
      sheets: [
        snap(
          '施策評価',
          [
            ['成果指標名', '市民活動団体登録数', null, '地域づくり交付金活用件数', null],
            ['単位', '団体', null, '件', null],
            ['目標値（Ｒ５）', 180, null, 45, null],
            ['実績値（Ｒ５）', 196, null, 31, null],
          ],
          { merges: ['B1:C1', 'D1:E1', 'B2:C2', 'D2:E2', 'B3:C3', 'D3:E3', 'B4:C4', 'D4:E4'] },
        ),
      ],
    },
    {},
  ).report;
  expect(wide.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['市民活動団体登録数', 180, 196],
    ['地域づくり交付金活用件数', 45, 31],
  ]);
});
