/** Hold-out 81, part 1: sub-indicators with their own targets (内訳 男性/女性, 学校種 小学校/中学校) and a table transposed (years as rows, the final target as the last row). */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const S1 = '進捗状況';
const gender: Holdout2Workbook = {
  name: 'h81-sub-gender',
  layout: '健康増進計画: 指標名を縦に結合し、内訳（男性/女性）の行ごとに目標値・実績値、内訳のない指標も混在、目指す方向（増加/減少）の列',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['第3次みなと市健康増進計画（健康みなと21）　令和5年度 進捗状況']);
    put(ws, 2, 7, ['担当：健康推進課']);
    put(ws, 4, 1, ['分野', '指標', '内訳', '単位', '目指す方向', '基準値（R3）', '目標値（R5）', '実績値（R5）', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['健診', '特定健康診査受診率', '男性', '％', '増加', 40.2, 45.0, 38.2],
      [undefined, undefined, '女性', '％', '増加', 48.5, 55.0, 56.1],
      [undefined, '胃がん検診受診率', undefined, '％', '増加', 11.8, 15.0, 12.6, '40〜69歳'],
      ['たばこ', '成人の喫煙率', '男性', '％', '減少', 24.6, 20.0, 22.4],
      [undefined, undefined, '女性', '％', '減少', 6.1, 5.0, 4.6],
      ['運動', '運動習慣のある者の割合', '男性', '％', '増加', 33.0, 40.0, 31.5, '20〜64歳'],
      [undefined, undefined, '女性', '％', '増加', 24.8, 35.0, 20.1, '20〜64歳'],
      [undefined, '健康教室の参加者数', undefined, '人', '増加', 980, 1200, '1,284人'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (const m of ['A5:A7', 'A8:A9', 'A10:A12', 'B5:B6', 'B8:B9', 'B10:B11']) ws.mergeCells(m);
    put(ws, 14, 1, ['※内訳のある指標は、男女別に目標値を設定している。']);
    put(ws, 15, 1, ['※特定健康診査受診率は法定報告による。']);
    ws.getColumn(2).width = 26;
  },
  expected: {
    file: 'h81-sub-gender.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '特定健康診査受診率（男性）', '％', 45.0, 38.2),
      ind(S1, '特定健康診査受診率（女性）', '％', 55.0, 56.1),
      ind(S1, '胃がん検診受診率', '％', 15.0, 12.6),
      ind(S1, '成人の喫煙率（男性）', '％', 20.0, 22.4, { direction: 'down' }),
      ind(S1, '成人の喫煙率（女性）', '％', 5.0, 4.6, { direction: 'down' }),
      ind(S1, '運動習慣のある者の割合（男性）', '％', 40.0, 31.5),
      ind(S1, '運動習慣のある者の割合（女性）', '％', 35.0, 20.1),
      ind(S1, '健康教室の参加者数', '人', 1200, 1284),
    ],
    groups: [],
  },
};

const S2 = '教育指標';
const school: Holdout2Workbook = {
  name: 'h81-sub-school',
  layout: '教育振興基本計画の点検・評価: 成果指標を縦に結合し学校種（小学校/中学校）ごとに目標・実績・評価、減少を目指す指標は脚注で、内訳のない指標が1つ',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['令和5年度　みなと市教育振興基本計画　点検・評価（成果指標）']);
    put(ws, 2, 7, ['学校教育課']);
    put(ws, 4, 1, ['基本目標', '成果指標', '学校種', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '評価']);
    const rows: (string | number | undefined)[][] = [
      ['1　確かな学力', '「授業がよくわかる」と答えた児童生徒の割合', '小学校', '％', 84.1, 85.0, 86.2, 'A'],
      [undefined, undefined, '中学校', '％', 71.0, 75.0, 70.4, 'B'],
      [undefined, '学校図書館の1人当たり年間貸出冊数', '小学校', '冊', 52, 60, 47, 'B'],
      [undefined, undefined, '中学校', '冊', 13, 15, 16, 'A'],
      ['2　豊かな心と健やかな体', '不登校児童生徒の割合', '小学校', '％', 0.92, 0.8, 0.95, 'B'],
      [undefined, undefined, '中学校', '％', 4.35, 4.0, 4.62, 'B'],
      [undefined, '新体力テストで総合評価A・Bの児童生徒の割合', '小学校', '％', 43.5, 45.0, 41.0, 'B'],
      [undefined, undefined, '中学校', '％', 49.8, 50.0, 52.3, 'A'],
      [undefined, '学校支援ボランティアの登録者数', undefined, '人', 410, 450, 468, 'A'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (const m of ['A5:A8', 'A9:A13', 'B5:B6', 'B7:B8', 'B9:B10', 'B11:B12']) ws.mergeCells(m);
    put(ws, 15, 1, ['※「不登校児童生徒の割合」は減少を目指す指標（達成率＝目標÷実績）。']);
    put(ws, 16, 1, ['評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(2).width = 40;
  },
  expected: {
    file: 'h81-sub-school.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '「授業がよくわかる」と答えた児童生徒の割合（小学校）', '％', 85.0, 86.2, { existing: 'A' }),
      ind(S2, '「授業がよくわかる」と答えた児童生徒の割合（中学校）', '％', 75.0, 70.4, { existing: 'B' }),
      // 47 ÷ 60 = 78.3 %: C by the written scale; the department wrote B.
      ind(S2, '学校図書館の1人当たり年間貸出冊数（小学校）', '冊', 60, 47, { existing: 'B' }),
      ind(S2, '学校図書館の1人当たり年間貸出冊数（中学校）', '冊', 15, 16, { existing: 'A' }),
      ind(S2, '不登校児童生徒の割合（小学校）', '％', 0.8, 0.95, { direction: 'down', existing: 'B' }),
      ind(S2, '不登校児童生徒の割合（中学校）', '％', 4.0, 4.62, { direction: 'down', existing: 'B' }),
      ind(S2, '新体力テストで総合評価A・Bの児童生徒の割合（小学校）', '％', 45.0, 41.0, { existing: 'B' }),
      ind(S2, '新体力テストで総合評価A・Bの児童生徒の割合（中学校）', '％', 50.0, 52.3, { existing: 'A' }),
      ind(S2, '学校支援ボランティアの登録者数', '人', 450, 468, { existing: 'A' }),
    ],
    groups: [],
  },
};

const S3 = '指標の推移';
const finalTarget = { targetSource: 'final' };
const transposed: Holdout2Workbook = {
  name: 'h81-transposed-years',
  layout:
    '協働のまちづくり計画: 指標が列・年度が行（令和元年度（基準）〜令和7年度）、単位と目指す方向の行、最終行が「目標（令和8年度）」、評価対象は令和6年度、令和7年度の行は空',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['第2次みなと市協働のまちづくり推進計画　成果指標の推移']);
    put(ws, 2, 1, ['評価対象年度：令和6年度']);
    put(ws, 2, 7, ['市民協働課']);
    put(ws, 4, 1, [
      '年度',
      '市民活動団体の登録数',
      '自主防災組織の組織率',
      'ボランティア登録者数',
      '市民農園の利用区画数',
      '交通事故の発生件数',
      '地域の行事に参加している市民の割合',
    ]);
    put(ws, 5, 1, ['単位', '団体', '％', '人', '区画', '件', '％']);
    put(ws, 6, 1, ['目指す方向', '増加', '増加', '増加', '増加', '減少', '増加']);
    const rows: (string | number | undefined)[][] = [
      ['令和元年度（基準）', 118, 64.2, 1020, 150, 402, 41.3],
      ['令和2年度', 121, 65.0, 880, 158, 365, '－'],
      ['令和3年度', 126, 66.8, 790, 166, 351, 33.5],
      ['令和4年度', 133, 68.9, 805, 171, 340, 36.2],
      ['令和5年度', 141, 70.2, 812, 176, 329, 38.0],
      ['令和6年度', 148, 71.5, 820, 182, 312, '集計中'],
      ['令和7年度'],
      ['目標（令和8年度）', 140, 90.0, 1500, 200, 280, 50.0],
    ];
    rows.forEach((r, i) => put(ws, 7 + i, 1, r));
    put(ws, 16, 1, ['※令和2年度の市民意識調査は新型コロナウイルス感染症の影響により中止。']);
    put(ws, 17, 1, ['※「地域の行事に参加している市民の割合」の令和6年度値は市民意識調査の集計中。']);
    ws.getColumn(1).width = 20;
  },
  expected: {
    file: 'h81-transposed-years.xlsx',
    fiscalYear: 2024,
    indicators: [
      { ...ind(S3, '市民活動団体の登録数', '団体', 140, 148), ...finalTarget },
      { ...ind(S3, '自主防災組織の組織率', '％', 90.0, 71.5), ...finalTarget },
      { ...ind(S3, 'ボランティア登録者数', '人', 1500, 820), ...finalTarget },
      { ...ind(S3, '市民農園の利用区画数', '区画', 200, 182), ...finalTarget },
      { ...ind(S3, '交通事故の発生件数', '件', 280, 312, { direction: 'down' }), ...finalTarget },
      { ...ind(S3, '地域の行事に参加している市民の割合', '％', 50.0, null, { actualStatus: 'pending' }), ...finalTarget },
    ],
    groups: [],
  },
};

export const SHAPE_WORKBOOKS: Holdout2Workbook[] = [gender, school, transposed];
