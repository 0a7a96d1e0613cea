/** A series heading over area columns and their whole (「R5実績」 over 東地区 | 西地区 | 全市): the whole is the actual, no choice flagged. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (whole: string) =>
  snap(
    '地区別',
    [
      ['令和5年度 地区別の取組状況'],
      ['指標', '単位', 'R5目標', 'R5実績', null, null],
      [null, null, null, '東地区', '西地区', whole],
      ['自主防災組織の結成数', '団体', 60, 25, 28, 53],
      ['防災訓練の参加率', '％', 30, 34.5, 22.1, 27.9],
    ],
    { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2'] },
  );

test('the whole column is the actual; the areas are not read, and no column choice is a guess', () => {
  const { report } = checkWorkbook({ sheets: [sheet('全市')] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual])).toEqual([
    ['自主防災組織の結成数', 60, 53, 'F4'],
    ['防災訓練の参加率', 30, 27.9, 'F5'],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a city total written first, the wards after it (全市 | 北区 | 中央区 | 港区): the total is the actual', () => {
  const wards = snap(
    '成果指標',
    [
      ['指標', '単位', '目標値（R7）', '令和5年度実績', null, null, null],
      [null, null, null, '全市', '北区', '中央区', '港区'],
      ['地域防災訓練の参加者数', '人', 45000, 41250, 9830, 10420, 5200],
      ['刑法犯認知件数', '件', 8000, 8450, 1930, 2610, 1050],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1'] },
  );
  const { report } = checkWorkbook({ sheets: [wards] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual, i.cells.actual])).toEqual([
    ['地域防災訓練の参加者数', 41250, 'D3'],
    ['刑法犯認知件数', 8450, 'D4'],
  ]);
});

test('on a ward’s own sheet (its office named above the table) the 全市 column is no whole: the wards are not taken for parts', () => {
  const own = snap(
    '北区',
    [
      ['令和5年度　北区役所　区の取組の評価'],
      ['指標名', '単位', '目標値', '実績値', null, null],
      [null, null, null, '北区', '南区', '全市'],
      ['区民まつり来場者数', '人', 25000, 22000, 15000, 180000],
    ],
    { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2'] },
  );
  const { report } = checkWorkbook({ sheets: [own] }, {});
  expect(report.indicators.map((i) => [i.actual, i.cells.actual])).toEqual([[22000, 'D4']]);
});

test('a sub-heading that is no area or whole (a month, a kind) leaves the columns as they were', () => {
  const { report } = checkWorkbook({ sheets: [sheet('その他')] }, {});
  expect(report.findings.some((f) => f.code === 'reading-uncertain')).toBe(true);
});

test('「計」 as the whole under 実績 (derived elsewhere) is the actual, the sites (…倉庫, …避難所) its parts', () => {
  const { report } = checkWorkbook({ sheets: [sheet('計')] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual, i.cells.actual])).toEqual([
    ['自主防災組織の結成数', 53, 'F4'],
    ['防災訓練の参加率', 27.9, 'F5'],
  ]);
  const sites = snap(
    '備蓄',
    [
      ['令和5年度末 備蓄状況'],
      ['品目', '単位', '備蓄目標数量', '備蓄数量', null, null, null],
      [null, null, null, '中央防災倉庫', '東部防災倉庫', '指定避難所', '計'],
      ['毛布', '枚', 12000, 4800, 2400, 5760, 12960],
      ['段ボールベッド', '台', 1500, 300, 200, 960, 1460],
    ],
    { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:G2'] },
  );
  const read = checkWorkbook({ sheets: [sites] }, {}).report;
  expect(read.indicators.map((i) => [i.name, i.target, i.actual, i.grade])).toEqual([
    ['毛布', 12000, 12960, 'A'],
    ['段ボールベッド', 1500, 1460, 'B'],
  ]);
});

test('a merged city’s former towns and villages (全市 | 旧北辺町 | 旧川内村) are parts: the 全市 column is the actual', () => {
  const towns = snap(
    '地域別',
    [
      ['指標', '単位', '目標値（R7）', '令和5年度実績', null, null],
      [null, null, null, '全市', '旧北辺町', '旧川内村'],
      ['地域自治協議会の設立数', '協議会', 12, 11, 6, 5],
      ['公共交通空白地域の解消率', '％', 100, 55, '－', 50],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1'] },
  );
  const { report } = checkWorkbook({ sheets: [towns] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual, i.cells.actual])).toEqual([
    ['地域自治協議会の設立数', 11, 'D3'],
    ['公共交通空白地域の解消率', 55, 'D4'],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('areas and their whole each over 目標 | 実績 (北辺地域 | 山根地域 | 全市): the 全市 pair is read, the areas’ left, a 「－」 area no matter', () => {
  const pairs = snap(
    '地域別目標',
    [
      ['地域別目標の達成状況（令和5年度）'],
      ['指標名', '単位', '北辺地域', null, '山根地域', null, '全市', null],
      [null, null, '目標', '実績', '目標', '実績', '目標', '実績'],
      ['自主防災組織の組織率', '％', 92, 90.5, 85, 86.1, 90, 88.1],
      ['人材育成講座の修了者数', '人', '－', '－', '－', '－', 40, 31],
    ],
    { merges: ['A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:H2'] },
  );
  const { report } = checkWorkbook({ sheets: [pairs] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual, i.grade])).toEqual([
    ['自主防災組織の組織率', 90, 88.1, 'H4', 'B'],
    ['人材育成講座の修了者数', 40, 31, 'H5', 'C'],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

describe('areas over 目標 | 実績 beside a whole that is no indicator’s: the areas are not set aside for it', () => {
  const read = (head: (string | null)[], sub: (string | null)[], body: (string | number)[], merges: string[]) => {
    const rows = [['地域別目標の達成状況（令和5年度）'], head, sub, body];
    const { report } = checkWorkbook({ sheets: [snap('地域別目標', rows, { merges: ['A2:A3', 'B2:B3', ...merges] })] }, {});
    return report.indicators.map((i) => ({ target: i.cells.target, actual: i.cells.actual, existing: i.existingGrade }));
  };

  test('a 全市 of 実績 alone (a sum for information): no area’s target is paired with the whole’s actual', () => {
    const got = read(
      ['指標名', '単位', '北辺地域', null, '山根地域', null, '全市'],
      [null, null, '目標', '実績', '目標', '実績', '実績'],
      ['自主防災組織の組織率', '％', 92, 90.5, 85, 70.1, 80.3],
      ['C2:D2', 'E2:F2'],
    );
    expect(got.map((i) => i.actual)).not.toContain('G4');
  });

  test('a 全市 pair whose target is 「－」: the whole is no target’s, the areas are read', () => {
    const got = read(
      ['指標名', '単位', '北辺地域', null, '山根地域', null, '全市', null],
      [null, null, '目標', '実績', '目標', '実績', '目標', '実績'],
      ['自主防災組織の組織率', '％', 92, 90.5, 85, 70.1, '－', 80.3],
      ['C2:D2', 'E2:F2', 'G2:H2'],
    );
    expect(got.map((i) => i.target)).not.toContain('G4');
  });

  test('areas with a 評価 of their own: no area’s written grade is given to the 全市 figures', () => {
    const got = read(
      ['指標名', '単位', '北辺地域', null, null, '山根地域', null, null, '全市', null],
      [null, null, '目標', '実績', '評価', '目標', '実績', '評価', '目標', '実績'],
      ['自主防災組織の組織率', '％', 92, 90.5, 'B', 85, 70.1, 'C', 88, 80.3],
      ['C2:E2', 'F2:H2', 'I2:J2'],
    );
    expect(got.filter((i) => i.actual === 'J4' && i.existing)).toEqual([]);
  });
});

describe('a survey’s figure split by the respondents’ sex or age beside their whole: the whole’s column is read', () => {
  const survey = (heading: string, subs: string[]) =>
    snap(
      '成果指標',
      [
        ['指標（設問）', '単位', heading, null, null, '目標値（令和８年度）'],
        [null, null, ...subs, null],
        ['DVの相談窓口を知っている人の割合', '％', ...(subs[0] === '全体' ? [45.3, 40.2, 49.8] : [40.2, 49.8, 45.3]), 60],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:F2'] },
    );
  const read = (heading: string, subs: string[]) => {
    const { report } = checkWorkbook({ sheets: [survey(heading, subs)] }, {});
    const guesses = report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => (f.params as { reason?: string }).reason);
    return { actuals: report.indicators.map((i) => [i.actual, i.cells.actual]), guesses };
  };

  test.each([
    ['今回調査（令和５年度）', ['全体', '男性', '女性'], 'C3'],
    ['令和５年度調査', ['全体', '男性', '女性'], 'C3'],
    ['2023年度', ['全体', '男性', '女性'], 'C3'],
    ['R5実績', ['男性', '女性', '男女計'], 'E3'],
    ['令和5年度実績', ['全体', '18～39歳', '40歳以上'], 'C3'],
  ])('%s over %j: the whole, no column choice', (heading, subs, cell) => {
    expect(read(heading, subs)).toEqual({ actuals: [[45.3, cell]], guesses: [] });
  });

  test('groups with no whole beside them (男性 | 女性 | その他) are left as they were: a column choice said', () => {
    expect(read('今回調査（令和５年度）', ['男性', '女性', 'その他']).guesses).toContain('column-chosen');
  });

  test('kinds that are no respondents’ groups (全体 | 小学生 | 中学生) are no parts of the whole here', () => {
    expect(read('今回調査（令和５年度）', ['全体', '小学生', '中学生']).guesses).toContain('column-chosen');
  });
});
