/**
 * Hold-out 126, shapes outside the four families that 国際交流・多文化共生 offices use: 事務事業評価シート one 事業 per sheet,
 * a 外国人総合相談センター 運営実績 with years as rows and a 5年間計 row, 目標 and 実績 on two sheets joined by 番号, and a
 * 国際交流センター 指定管理者評価シート of label–value blocks with written grades.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

type Cell = string | number | null;

interface Measure {
  kind: '活動指標' | '成果指標';
  name: string;
  unit: string;
  targets: Cell[];
  actuals: Cell[];
}

/** One 事務事業評価シート: 事業名／担当課, 評価対象年度, 目的, then 活動指標・成果指標 with 目標／実績 rows per 令和4…6年度. */
function projectSheet(wb: Workbook, name: string, purpose: string, measures: Measure[], direction: string): void {
  const ws = wb.addWorksheet(name);
  widths(ws, [12, 34, 8, 8, 12, 12, 12]);
  merge(ws, 1, 1, 1, 7, '令和６年度　事務事業評価シート（令和５年度実施事業）');
  put(ws, 3, 1, ['事業名', name, '担当課', null, '市民協働部国際交流課']);
  put(ws, 4, 1, ['評価対象年度', '令和５年度']);
  put(ws, 5, 1, ['事業の目的']);
  merge(ws, 5, 2, 5, 7, purpose);
  box(ws, 3, 1, 5, 7);
  put(ws, 7, 1, ['指標の種類', '指標名', '単位', '区分', '令和4年度', '令和5年度', '令和6年度']);
  measures.forEach((m, i) => {
    const r = 8 + i * 2;
    merge(ws, r, 1, r + 1, 1, m.kind);
    merge(ws, r, 2, r + 1, 2, m.name);
    merge(ws, r, 3, r + 1, 3, m.unit);
    put(ws, r, 4, ['目標', ...m.targets]);
    put(ws, r + 1, 4, ['実績', ...m.actuals]);
  });
  const end = 7 + measures.length * 2;
  wrap(ws, 7, 1, end, 7);
  box(ws, 7, 1, end, 7);
  put(ws, end + 2, 1, ['今後の方向性', direction]);
  put(ws, end + 3, 1, ['課題・改善策']);
  merge(ws, end + 3, 2, end + 3, 7, '参加者の固定化が見られるため、SNSでの周知や開催時間帯の見直しを行う。');
}

const S1 = '日本語教室運営事業';
const S2 = '国際交流員活用事業';

const projectSheets: Holdout2Workbook = {
  name: 'h126-jimujigyo-hyoka',
  layout:
    'outside: 事務事業評価シート one 事業 per sheet, 活動指標 and 成果指標 each with 目標／実績 rows over 令和4…6年度 (令和6年度 target only), 評価対象年度 令和５年度',
  build(wb) {
    projectSheet(
      wb,
      S1,
      '日本語を母語としない市民が日常生活に必要な日本語を習得できるよう、日本語教室を運営する。',
      [
        { kind: '活動指標', name: '教室開催回数', unit: '回', targets: [96, 96, 100], actuals: [92, 94] },
        { kind: '成果指標', name: '学習者の日本語能力試験合格者数', unit: '人', targets: [15, 18, 20], actuals: [12, 19] },
      ],
      '継続',
    );
    projectSheet(
      wb,
      S2,
      '国際交流員を学校・地域へ派遣し、市民の国際理解と外国人住民との交流を促進する。',
      [
        { kind: '活動指標', name: '学校・地域への派遣回数', unit: '回', targets: [60, 70, 75], actuals: [48, 52] },
        { kind: '成果指標', name: '交流事業参加者の満足度', unit: '％', targets: [85.0, 85.0, 90.0], actuals: [88.2, 81.5] },
      ],
      '改善して継続',
    );
  },
  expected: {
    file: 'h126-jimujigyo-hyoka.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '教室開催回数', '回', 96, 94),
      ind(S1, '学習者の日本語能力試験合格者数', '人', 18, 19),
      ind(S2, '学校・地域への派遣回数', '回', 70, 52),
      ind(S2, '交流事業参加者の満足度', '％', 85, 81.5),
    ],
    groups: [],
  },
};

const Y = '相談・通訳実績';

const yearsAsRows: Holdout2Workbook = {
  name: 'h126-soudan-nenji',
  layout:
    'outside: 外国人総合相談センター 運営実績, years 令和2年度…令和6年度 as rows, 目標／実績 pairs under 「相談件数（件）」 headings over two rows, a 5年間計 row last, 評価対象年度 令和６年度',
  build(wb) {
    const ws = wb.addWorksheet(Y);
    widths(ws, [14, 10, 10, 10, 10, 10, 10, 26]);
    merge(ws, 1, 1, 1, 8, '東和市外国人総合相談センター　運営実績の推移');
    put(ws, 2, 1, ['評価対象年度：令和６年度']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '相談件数（件）');
    merge(ws, 4, 4, 4, 5, '通訳派遣件数（件）');
    merge(ws, 4, 6, 4, 7, '翻訳件数（件）');
    merge(ws, 4, 8, 5, 8, '備考');
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: Cell[][] = [
      ['令和2年度', 1200, 1534, 150, 88, 300, 211, 'センター開設（4月）'],
      ['令和3年度', 1400, 1802, 160, 97, 320, 240, 'ワクチン接種関係の相談増'],
      ['令和4年度', 1600, 1955, 170, 121, 350, 298, null],
      ['令和5年度', 1800, 2140, 175, 139, 380, 301, 'タブレット通訳を導入'],
      ['令和6年度', 2000, 2315, 180, 152, 400, 263, '対応言語を12言語に拡大'],
      ['5年間計', 8000, 9746, 835, 597, 1750, 1313, null],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    for (let r = 6; r <= 11; r++) for (let c = 2; c <= 7; c++) ws.getCell(r, c).numFmt = '#,##0';
    box(ws, 4, 1, 11, 8);
  },
  expected: {
    file: 'h126-soudan-nenji.xlsx',
    fiscalYear: 2024,
    indicators: [ind(Y, '相談件数', '件', 2000, 2315), ind(Y, '通訳派遣件数', '件', 180, 152), ind(Y, '翻訳件数', '件', 400, 263)],
    groups: [],
  },
};

const T = '指標一覧';
const R = '令和3年度実績';

const splitSheets: Holdout2Workbook = {
  name: 'h126-split-mokuhyo',
  layout:
    'outside: 国際化推進計画 目標値 on one sheet (目標値（R3） and 目標値（R7）) and 令和３年度 実績値 on another, joined by 番号, a 未実施 with its reason in 備考',
  build(wb) {
    const t = wb.addWorksheet(T);
    widths(t, [6, 38, 8, 12, 12, 12]);
    merge(t, 1, 1, 1, 6, '東和市国際化推進計画（令和３年度～令和７年度）　成果指標');
    put(t, 3, 1, ['番号', '指標名', '単位', '基準値\n（R元）', '目標値\n（R3）', '目標値\n（R7）']);
    const defs: Cell[][] = [
      [1, '外国籍住民向け多言語情報紙の発行回数', '回', 6, 12, 12],
      [2, 'オンライン国際交流イベントの開催回数', '回', 0, 6, 10],
      [3, '日本語教室の延べ参加者数', '人', 1905, 1500, 2500],
      [4, '国際理解講座の受講者数', '人', 356, 400, 600],
    ];
    defs.forEach((r, i) => put(t, 4 + i, 1, r));
    wrap(t, 3, 1, 7, 6);
    box(t, 3, 1, 7, 6);
    const a = wb.addWorksheet(R);
    widths(a, [6, 38, 14, 36]);
    merge(a, 1, 1, 1, 4, '令和３年度　成果指標　実績値（国際交流課）');
    put(a, 3, 1, ['番号', '指標名', '実績値（R3）', '備考']);
    const acts: Cell[][] = [
      [1, '外国籍住民向け多言語情報紙の発行回数', 12, '英語・中国語・ポルトガル語・ベトナム語'],
      [2, 'オンライン国際交流イベントの開催回数', 8, '姉妹都市との交流会を含む'],
      [3, '日本語教室の延べ参加者数', 1034, '緊急事態宣言中は休講'],
      [4, '国際理解講座の受講者数', '未実施', '新型コロナウイルス感染症の拡大により中止'],
    ];
    acts.forEach((r, i) => put(a, 4 + i, 1, r));
    box(a, 3, 1, 7, 4);
  },
  expected: {
    file: 'h126-split-mokuhyo.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(T, '外国籍住民向け多言語情報紙の発行回数', '回', 12, 12),
      ind(T, 'オンライン国際交流イベントの開催回数', '回', 6, 8),
      ind(T, '日本語教室の延べ参加者数', '人', 1500, 1034),
      ind(T, '国際理解講座の受講者数', '人', 400, null, { actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

const L = '評価シート';

const labelValue: Holdout2Workbook = {
  name: 'h126-shitei-kanri',
  layout:
    'outside: 国際交流センター 指定管理者評価シート, four label–value blocks two across (評価項目／説明／目標値／実績値／達成率／評価), figures with units 「25,000人」「93.7％」, written A–C with a legend',
  build(wb) {
    const ws = wb.addWorksheet(L);
    widths(ws, [12, 30, 3, 12, 30]);
    merge(ws, 1, 1, 1, 5, '令和４年度　東和市国際交流センター　指定管理者評価シート');
    put(ws, 2, 1, ['指定管理者：公益財団法人東和市国際交流協会']);
    put(ws, 4, 1, ['１　成果指標の達成状況']);
    const blocks: [string, string, string, string, string, string][] = [
      ['施設利用者数', '交流ホール・研修室・相談コーナーの年間利用者数', '25,000人', '23,418人', '93.7％', 'B'],
      ['日本語講座の開講数', '初級・中級・親子日本語講座の開講数', '40講座', '42講座', '105.0％', 'A'],
      ['外国人向け生活相談件数', 'センター相談コーナーでの相談対応件数', '600件', '458件', '76.3％', 'C'],
      ['利用者満足度', '利用者アンケートで「満足」「やや満足」と回答した割合', '90％', '91.2％', '101.3％', 'A'],
    ];
    blocks.forEach(([item, note, target, actual, rate, grade], i) => {
      const r = 5 + Math.floor(i / 2) * 7;
      const c = i % 2 === 0 ? 1 : 4;
      const labels = ['評価項目', '説明', '目標値', '実績値', '達成率', '評価'];
      [item, note, target, actual, rate, grade].forEach((v, k) => put(ws, r + k, c, [labels[k], v]));
      wrap(ws, r, c, r + 5, c + 1);
      box(ws, r, c, r + 5, c + 1);
    });
    put(ws, 19, 1, ['評価基準　A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
    put(ws, 21, 1, ['２　総合所見']);
    merge(ws, 22, 1, 22, 5, '感染症対策を講じながら講座を拡充し、日本語講座の開講数は目標を上回った。相談件数は前年度（512件）を下回った。');
  },
  expected: {
    file: 'h126-shitei-kanri.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(L, '施設利用者数', '人', 25000, 23418, { existing: 'B' }),
      ind(L, '日本語講座の開講数', '講座', 40, 42, { existing: 'A' }),
      ind(L, '外国人向け生活相談件数', '件', 600, 458, { existing: 'C' }),
      ind(L, '利用者満足度', '％', 90, 91.2, { existing: 'A' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [projectSheets, yearsAsRows, splitSheets, labelValue];
