/** A target heading that is a quantity (「備蓄目標数量」) beside the same words without 目標 (「備蓄数量」): that heading is the actual. */
import { checkWorkbook } from '../actions/check';
import { isPlanDoneTwin, isQualifiedTwinOf, isTwinOf, labelResultPairs, resultTwinOf, twinOf } from './targetTwins';
import { snap } from './testing';
import type { Label } from '../values/labels';

test('the twin of a target heading: its words without 目標; none for 目標値 (that is no quantity word)', () => {
  expect(twinOf('備蓄目標数量')).toBe('備蓄数量');
  expect(twinOf('整備目標数（R5）')).toBe('整備数');
  expect(twinOf('目標件数')).toBe('件数');
  expect(twinOf('目標値')).toBeNull();
});

const table = (headings: (string | null)[]) =>
  snap('整備状況', [['令和5年度 整備状況'], ['品目', '単位', ...headings], ['防犯灯', '基', 120, 96], ['防犯カメラ', '台', 40, 44]]);

test('「整備目標数 | 整備数」: the twin is the actual the target is set for', () => {
  const { report } = checkWorkbook({ sheets: [table(['整備目標数', '整備数'])] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.grade])).toEqual([
    ['防犯灯', 120, 96, 'B'],
    ['防犯カメラ', 40, 44, 'A'],
  ]);
});

test('other words beside the target, or an actual heading of its own, are no twin', () => {
  const other = checkWorkbook({ sheets: [table(['整備目標数', '設置数'])] }, {}).report;
  expect(other.indicators.every((i) => i.actual === null)).toBe(true);
  const own = checkWorkbook({ sheets: [snap('整備状況', [['令和5年度'], ['品目', '整備目標数', '整備数', '実績'], ['防犯灯', 120, 100, 96]])] }, {}).report;
  expect(own.indicators.map((i) => [i.target, i.actual])).toEqual([[120, 96]]);
});

test('the twin with 実績 for 目標: 実績効果額 is the actual, on a row with a dated actual heading of its own too', () => {
  expect(resultTwinOf('目標効果額（千円）')).toBe('実績効果額');
  expect(resultTwinOf('備蓄目標数量')).toBe('備蓄実績数量');
  expect(resultTwinOf('目標値')).toBeNull();
  const sheet = snap('効果額', [
    ['令和５年度　経営改善の取組による効果額'],
    ['No.', '取組項目', '目標効果額', '実績効果額', '令和4年度実績'],
    [1, '包括委託による維持管理費の削減', 18500, 16020, 15300],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  // The 削減 names what the action does; the effect amount heading says more is better (effectHeading.ts).
  expect(report.indicators.map((i) => [i.target, i.actual, i.direction, i.grade])).toEqual([[18500, 16020, 'up', 'B']]);
});

test('other words after 実績 than the target’s are no twin: 実績件数 beside 目標効果額 stays unread', () => {
  const sheet = snap('効果額', [['令和５年度'], ['No.', '取組項目', '目標効果額', '実績件数'], [1, '未収金の回収強化', 12000, 40]]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([[12000, null]]);
});

test('isTwinOf: 受診率 is 目標受診率’s actual; 受診率（全国平均） or （県平均） another body’s figure (review rv41b)', () => {
  expect(isTwinOf('受診率（％）', '目標受診率（％）')).toBe(true);
  expect(isTwinOf('受診率（全国平均）', '目標受診率（％）')).toBe(false);
  expect(isTwinOf('受診率（県平均）', '目標受診率（％）')).toBe(false);
});

test('「削減目標量 | 削減実績量」: two headings no label reads, 目標 and 実績 in one place, are the target and its actual', () => {
  const cells: { text: string; label: Label | null; period: null }[] = [
    { text: '削減目標量\n（令和7年度までの累計）', label: null, period: null },
    { text: '削減実績量\n（令和5年度末までの累計）', label: null, period: null },
    { text: '基準延床面積', label: null, period: null },
  ];
  labelResultPairs(cells);
  expect(cells.map((c) => [c.label?.role ?? null, c.label?.period?.fiscalYear ?? null])).toEqual([
    ['target', 2025],
    ['actual', 2023],
    [null, null],
  ]);
  const sheet = snap('延床面積削減', [
    ['施設類型別の延床面積削減の進捗状況（令和５年度末時点）'],
    ['施設類型別の取組', '基準延床面積', '削減目標量（令和7年度までの累計）', '削減実績量（令和5年度末までの累計）', '主な取組'],
    ['庁舎等の延床面積削減量', 38420, 2400, 2400, '旧第二庁舎の解体'],
    ['公営住宅の延床面積削減量', 71880, 4100, 2210, '３団地の用途廃止'],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.direction, i.grade])).toEqual([
    ['庁舎等の延床面積削減量', 2400, 2400, 'up', 'A'],
    ['公営住宅の延床面積削減量', 4100, 2210, 'up', 'D'],
  ]);
});

test('「収納率 | 目標収納率」 on a row of no measure heading: the rate is the actual, 目標収納率 its target; a years column leaves them to yearRows', () => {
  const rows = [
    ['令和６年度　市税収納状況（決算）'],
    ['税目', '区分', '調定額', '収入額', '収納率', '目標収納率', '前年度\n収納率', '県平均'],
    ['個人市民税', '現年課税分', 6842310, 6781452, 99.11, 99.2, 99.05, 98.92],
    ['固定資産税', '現年課税分', 8915240, 8874105, 99.54, 99.5, 99.42, 99.31],
  ];
  const { report } = checkWorkbook({ sheets: [snap('収納', rows as never)] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.target, i.cells.actual])).toEqual([
    ['個人市民税', 99.2, 99.11, 'F3', 'E3'],
    ['固定資産税', 99.5, 99.54, 'F4', 'E4'],
  ]);
  // Before: nothing read (收納率 and 目標収納率 were no measure headings).
  const years = [
    ['年度', '受診率（％）', '目標受診率（％）'],
    ['令和4年度', 40.1, 45],
    ['令和5年度', 42.3, 45],
  ];
  const byYears = checkWorkbook({ sheets: [snap('受診率', years as never)] }, {}).report.indicators;
  expect(byYears.map((i) => i.name)).not.toContain('令和4年度');
});

test('「監視計画数 | 監視実施数」 under 業種: the plan is the target, 実施 the actual; 実施率 stays derived', () => {
  expect(isPlanDoneTwin('監視計画数（件）', '監視実施数\n（件）')).toBe(true);
  expect(isPlanDoneTwin('計画', '実施')).toBe(true);
  expect(isPlanDoneTwin('計画数', '実施率')).toBe(false);
  const sheet = snap('監視', [
    ['令和５年度　監視指導計画　実施結果'],
    ['業種', '施設数', '監視計画数（件）', '監視実施数（件）', '実施率（％）'],
    ['飲食店営業', 2140, 1070, 1012, 94.6],
    ['菓子製造業', 312, 312, 318, 101.9],
    ['合計', 2452, 1382, 1330, 96.2],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.grade])).toEqual([
    ['飲食店営業', '件', 1070, 1012, 'B'],
    ['菓子製造業', '件', 312, 318, 'A'],
  ]);
});

test('a bare 区分 on one header row beside 計画検体数 | 実施検体数 heads the names; beside other words it does not', () => {
  const rows = (plan: string, done: string) => [
    ['収去検査の実施状況'],
    ['区分', plan, done, '実施率（％）'],
    ['微生物検査', 300, 286, 95.3],
    ['残留農薬検査', 60, 41, 68.3],
  ];
  const read = (plan: string, done: string) => checkWorkbook({ sheets: [snap('収去', rows(plan, done))] }, {}).report;
  expect(read('計画検体数（検体）', '実施検体数（検体）').indicators.map((i) => [i.name, i.unit, i.target, i.actual])).toEqual([
    ['微生物検査', '検体', 300, 286],
    ['残留農薬検査', '検体', 60, 41],
  ]);
  expect(read('計画検体数（検体）', '検査検体数（検体）').indicators).toEqual([]);
});

test('isQualifiedTwinOf: 狂犬病予防注射率 is 目標注射率’s rate named in full; 前年度注射率 or 県平均注射率 is not', () => {
  expect(isQualifiedTwinOf('狂犬病予防注射率\n（％）', '目標注射率\n（％）')).toBe(true);
  expect(isQualifiedTwinOf('前年度注射率', '目標注射率')).toBe(false);
  expect(isQualifiedTwinOf('県平均注射率', '目標注射率')).toBe(false);
  expect(isQualifiedTwinOf('登録頭数', '目標頭数')).toBe(false);
});

test('years as rows with 狂犬病予防注射率 | 目標注射率: one indicator named by the rate in full', () => {
  const sheet = snap('狂犬病予防', [
    ['狂犬病予防注射の実施状況'],
    [],
    ['年度', '登録頭数（頭）', '注射頭数（頭）', '狂犬病予防注射率（％）', '目標注射率（％）'],
    ['令和4年度', 8950, 6184, 69.1, 74.0],
    ['令和5年度', 8874, 6114, 68.9, 75.0],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.grade])).toEqual([['狂犬病予防注射率', 75, 68.9, 'B']]);
});

describe('review rv54: rate twins and plan | done pairs that are no such pairs', () => {
  const read = (rows: (string | number | null)[][], merges: string[] = []) =>
    checkWorkbook({ sheets: [snap('S', rows, { merges })] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual]);

  test('本年度／次年度 beside 収納率 | 目標収納率 is no last year’s figure: 収納率 stays the actual', () => {
    for (const other of ['本年度収納率', '次年度収納率'])
      expect(
        read([
          ['税目', '調定額', '収入額', '収納率', '目標収納率', other],
          ['市民税', 1000, 980, 98.0, 98.5, 99.5],
        ]),
      ).toEqual([['市民税', 98.5, 98]]);
  });

  test('another body’s rate without brackets (全国受診率) is not the actual of the city’s target', () => {
    const names = read([
      ['年度', '受診者数（人）', '全国受診率（％）', '目標受診率（％）'],
      ['令和4年度', 1200, 36.8, 40],
      ['令和5年度', 1250, 37.2, 42],
    ]).map((r) => r[0]);
    expect(names).not.toContain('全国受診率');
  });

  test('前年度計画 | 前年度実施 | 今年度計画: no pair across years; 計画期間 | 実施期間 are durations, no pair', () => {
    expect(read([['令和５年度'], ['事業名', '前年度計画', '前年度実施', '今年度計画'], ['訪問指導', 100, 90, 110]])).not.toContainEqual(['訪問指導', 110, 90]);
    expect(read([['令和５年度'], ['区分', '計画期間（年）', '実施期間（年）'], ['耐震化', 5, 3]])).toEqual([]);
  });

  test('計画 | 実施 under a year beside a 目標値 heading on the band’s row above: the 目標値 is the target', () => {
    const rows = [['令和５年度　事業の状況'], ['事業名', '目標値', '令和5年度', null], [null, null, '計画', '実施'], ['訪問指導（件）', 150, 110, 70]];
    expect(read(rows, ['A2:A3', 'B2:B3', 'C2:D2'])[0]?.[1]).not.toBe(110);
  });
});

describe('「目標受診率」 merged down beside the years, each over 対象者数 | 受診者数 | 受診率', () => {
  const sheet = (rate: string, targetMerges: string) =>
    snap(
      '健診',
      [
        ['令和５年度　乳幼児健康診査の実施状況'],
        ['健診名', '令和４年度', null, null, '令和５年度', null, null, '目標受診率\n（令和５年度）'],
        [null, '対象者数（人）', '受診者数（人）', rate, '対象者数（人）', '受診者数（人）', rate],
        ['4か月児健康診査', 826, 810, 98.1, 812, 801, 98.6, 98],
        ['3歳児健康診査', 880, 838, 95.2, 873, 829, 95, 96],
      ],
      { merges: ['A2:A3', 'B2:D2', 'E2:G2', targetMerges] },
    );

  test('each year’s rate is its actual, the merged heading their target: the evaluated year’s rate is graded', () => {
    const { report } = checkWorkbook({ sheets: [sheet('受診率（％）', 'H2:H3')] }, {});
    expect(report.period?.fiscalYear).toBe(2023);
    expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.cells.target, i.cells.actual])).toEqual([
      ['4か月児健康診査', '%', 98, 98.6, 'H4', 'G4'],
      ['3歳児健康診査', '%', 96, 95, 'H5', 'G5'],
    ]);
  });

  test('another body’s rate under the years (受診率（全国平均）) is no twin: nothing is read as the city’s actual', () => {
    const { report } = checkWorkbook({ sheets: [sheet('受診率（全国平均）', 'H2:H3')] }, {});
    expect(report.indicators.map((i) => i.actual)).not.toContain(98.6);
  });
});

describe('a target set on a gap to the national average: 「目標値（全国平均との差）」 beside 「全国平均との差（ポイント）」', () => {
  const sheet = (gapHeading: string, targetHeading = '目標値\n（全国平均との差）') =>
    snap('学力調査', [
      ['令和５年度　全国学力・学習状況調査の結果'],
      ['No.', '指標', '本市平均正答率\n（％）', '全国平均正答率\n（％）', gapHeading, targetHeading, '（参考）前年度の\n全国平均との差'],
      [1, '全国平均正答率との差（小学校6年・国語）', 66.8, 67.2, -0.4, 1.0, 0.5],
      [2, '全国平均正答率との差（小学校6年・算数）', 64.9, 62.5, 2.4, 1.0, 1.8],
      [3, '体力合計点の全国平均との差（中学校2年・女子）', 46.0, 47.3, '▲1.3', '+0.5', null],
    ]);
  const read = (s: ReturnType<typeof snap>) => checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.unit, i.target, i.actual, i.grade]);

  test('the heading of the bracket’s words is the actual, its bracket the unit; the city’s own figure stays unread', () => {
    expect(read(sheet('全国平均との差\n（ポイント）'))).toEqual([
      ['ポイント', 1, -0.4, 'D'],
      ['ポイント', 1, 2.4, 'A'],
      ['ポイント', 0.5, -1.3, 'D'],
    ]);
  });

  test('a heading holding the bracket’s words (本市と全国平均との差) is the actual; one they hold (全国平均) never', () => {
    expect(read(sheet('本市と全国平均との差\n（ポイント）')).map((r) => r[2])).toEqual([-0.4, 2.4, -1.3]);
    expect(read(sheet('全国平均\n（ポイント）')).map((r) => r[2])).toEqual([null, null, null]);
  });

  test('other words, or a year or a unit in the target’s bracket, name no actual', () => {
    expect(read(sheet('本市と全国の比較')).map((r) => r[2])).toEqual([null, null, null]);
    expect(read(sheet('全国平均との差', '目標値（R5）')).map((r) => r[2])).toEqual([null, null, null]);
    expect(read(sheet('ポイント', '目標値（ポイント）')).map((r) => r[2])).toEqual([null, null, null]);
  });

  test('a target set at another body’s figure (目標値（全国平均）) makes no actual of that body’s column (review rv57)', () => {
    const s = snap('学力', [
      ['指標名', '単位', '目標値（全国平均）', '本市（令和６年度）', '全国平均'],
      ['平均正答率（小6国語）', '％', 67.7, 66.1, 67.7],
    ]);
    expect(checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => i.actual)).not.toContain(67.7);
  });
});

test('a heading closing with 目標 after what is done (集積目標 | 集積実績, 参入目標 | 参入実績) pairs with its 実績; a plan’s part (事業目標) or a term’s (年間, 前年度) never', () => {
  expect(resultTwinOf('集積目標（C）')).toBe('集積実績');
  expect(resultTwinOf('参入目標')).toBe('参入実績');
  for (const t of ['事業目標', '施策目標', '年間目標', '前年度目標', 'R5目標', '目標']) expect(resultTwinOf(t)).toBeNull();
  const cells = (texts: string[]): { text: string; label: Label | null; period: null }[] => texts.map((text) => ({ text, label: null, period: null }));
  const box = cells(['目標及び実績', '集積目標（C）', '集積実績（D）']);
  labelResultPairs(box);
  expect(box.map((c) => c.label?.role ?? null)).toEqual([null, 'target', 'actual']);
  // 事業目標 | 事業実績: a project's goal and what it did, in words; no target and actual figures.
  const plan = cells(['事業名', '事業目標', '事業実績']);
  labelResultPairs(plan);
  expect(plan.map((c) => c.label?.role ?? null)).toEqual([null, null, null]);
});

describe('a heading closing with 目標 names its 実績 only after what is done (review rv63)', () => {
  type Row = (string | number)[];
  const read = (rows: Row[]) => {
    const r = checkWorkbook({ sheets: [snap('S', [['令和５年度'], [], ...rows])] }, {}).report;
    return r.indicators.map((i) => [i.target, i.cells.target ?? null, i.actual, i.cells.actual ?? null]);
  };
  const one = (t: string, a: string): Row[] => [
    ['指標名', '単位', t, a],
    ['新規就農者数', '人', 70, 56],
  ];

  test('rv63 4h / 4l / 4b / 4c / 4f / 4i / 4k: a scope, a term or a kind before 目標 is no twin: no figures read as the year’s own', () => {
    for (const w of ['全国', '県内', '昨年', '本年', '今年', '前年', '月間', '累計', '単年', '参考', '努力']) expect(resultTwinOf(`${w}目標`)).toBeNull();
    // 累計目標 | 累計実績 is read by the cumulative rule, not as twins.
    for (const w of ['全国', '県内', '昨年', '本年', '今年', '前年', '月間', '単年', '参考', '努力'])
      expect(read(one(`${w}目標`, `${w}実績`))).not.toContainEqual([70, 'C4', 56, 'D4']);
  });

  test('rv63 4g / R4b: 市目標 | 市実績 | 県内目標 | 県内実績 never pairs the city’s target with the 県内 actual', () => {
    const rows: Row[] = [
      ['指標名', '単位', '市目標', '市実績', '県内目標', '県内実績'],
      ['特定健診受診率', '％', 60, 45, 70, 56],
    ];
    expect(read(rows).map((r) => r[2])).not.toContain(56);
  });

  test('rv63 4m: 削減目標 | 削減実績 (amounts cut) is no twin (削減 would read the figures lower-is-better)', () => {
    expect(resultTwinOf('削減目標')).toBeNull();
  });

  test('the national 点検・評価 form’s words still pair: 集積, 参入, 解消', () => {
    for (const w of ['集積', '参入', '解消']) expect(resultTwinOf(`${w}目標`)).toBe(`${w}実績`);
  });
});
