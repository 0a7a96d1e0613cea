/**
 * Hold-out 151, four shapes outside the families that 広域連携 offices use: a 定住自立圏 取組状況調書 of label/value blocks, a
 * 連携中枢都市圏 KPI推移 with years as rows (the period not stated), a 広域行政組合 事務事業評価シート per sheet with 活動指標/成果指標
 * and 目標/実績 rows per year, and a 共生ビジョン 成果指標の達成状況 with two policy fields' tables side by side and a 達成率 column.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const LV_SHEET = '取組状況調書';

/** Label/value blocks per 取組 (政策分野, 取組名, 成果指標, 単位, 目標値, 実績値, 評価, 備考), one with 実績「－」. */
const labelValue: Holdout2Workbook = {
  name: 'h151-teiju-torikumi-chosho',
  layout:
    'outside: 定住自立圏 取組状況調書 (令和５年度), one label/value block per 取組 stacked down the sheet, full-width 実績, a 実績「－」 with its reason in 備考',
  build(wb) {
    const ws = wb.addWorksheet(LV_SHEET);
    widths(ws, [3, 22, 16, 16, 16, 16]);
    merge(ws, 1, 2, 1, 6, '令和５年度　東雲定住自立圏共生ビジョン　取組状況調書');
    put(ws, 2, 6, ['東雲市企画課']);
    const blocks: { field: string; work: string; kpi: string; unit: string; target: number; actual: string | number; grade: string; note: string }[] = [
      {
        field: '生活機能の強化に係る政策分野（医療）',
        work: '休日夜間急患センターの共同運営',
        kpi: '休日夜間急患センターの受診者数（圏域住民）',
        unit: '人',
        target: 6500,
        actual: 6212,
        grade: 'B',
        note: '令和４年度実績 5,980人',
      },
      {
        field: '結びつきやネットワークの強化に係る政策分野（地域公共交通）',
        work: '圏域循環バスの運行',
        kpi: '圏域循環バスの年間利用者数',
        unit: '人',
        target: 42000,
        actual: 47315,
        grade: 'A',
        note: '令和５年４月から土日祝日も運行',
      },
      {
        field: '圏域マネジメント能力の強化に係る政策分野（人材育成）',
        work: '構成市町村合同職員研修',
        kpi: '合同研修の受講者数',
        unit: '名',
        target: 180,
        actual: '１１２',
        grade: 'C',
        note: '全６講座中２講座をオンデマンド配信に変更',
      },
      {
        field: '生活機能の強化に係る政策分野（産業振興）',
        work: '圏域特産品の販路拡大',
        kpi: '圏域合同商談会における成約件数',
        unit: '件',
        target: 25,
        actual: '－',
        grade: '－',
        note: '主催団体の都合により商談会中止',
      },
    ];
    blocks.forEach((b, i) => {
      const r = 4 + i * 10;
      merge(ws, r, 2, r, 6, `【取組番号 ${i + 1}】`);
      const lines: [string, string | number][] = [
        ['政策分野', b.field],
        ['取組名', b.work],
        ['成果指標', b.kpi],
        ['単位', b.unit],
        ['目標値（令和５年度）', b.target],
        ['実績値（令和５年度）', b.actual],
        ['評価（A～D）', b.grade],
        ['備考', b.note],
      ];
      lines.forEach(([label, value], j) => {
        put(ws, r + 1 + j, 2, [label]);
        merge(ws, r + 1 + j, 3, r + 1 + j, 6, value);
      });
      box(ws, r, 2, r + 8, 6);
    });
    put(ws, 44, 2, ['評価　A：目標達成　B：目標の８割以上　C：目標の６割以上　D：目標の６割未満']);
  },
  expected: {
    file: 'h151-teiju-torikumi-chosho.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(LV_SHEET, '休日夜間急患センターの受診者数（圏域住民）', '人', 6500, 6212, { existing: 'B' }),
      ind(LV_SHEET, '圏域循環バスの年間利用者数', '人', 42000, 47315, { existing: 'A' }),
      ind(LV_SHEET, '合同研修の受講者数', '名', 180, 112, { existing: 'C' }),
      ind(LV_SHEET, '圏域合同商談会における成約件数', '件', 25, null, { actualStatus: 'not-applicable' }),
    ],
    groups: [],
  },
};

const YR_SHEET = 'KPI推移';

/** Years as rows (令和元年度（基準値）…令和6年度), a 目標/実績 pair of columns per KPI under a merged heading with its unit; no period stated. */
const yearsAsRows: Holdout2Workbook = {
  name: 'h151-chusu-kpi-suii',
  layout:
    'outside: 連携中枢都市圏 KPI推移, years as rows, 目標/実績 column pairs per KPI with the unit in the heading, actuals through 令和4年度, no period stated',
  build(wb) {
    const ws = wb.addWorksheet(YR_SHEET);
    widths(ws, [18, 12, 12, 12, 12, 12, 12]);
    merge(ws, 1, 1, 1, 7, '白峰連携中枢都市圏　ＫＰＩの推移');
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '圏域内就業者数（人）');
    merge(ws, 3, 4, 3, 5, '圏域の観光入込客数（千人）');
    merge(ws, 3, 6, 3, 7, '圏域の年間商品販売額（億円）');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | null)[][] = [
      ['令和元年度（基準値）', null, 209880, null, 4630, null, 7420],
      ['令和2年度', 210000, 205310, 4650, 2980, 7500, 6980],
      ['令和3年度', 211000, 206920, 4700, 3870, 7700, 6540],
      ['令和4年度', 212000, 208540, 4800, 5120, 7900, 6110],
      ['令和5年度', 213000, null, 4900, null, 8100, null],
      ['令和6年度', 214000, null, 5000, null, 8300, null],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (let r = 5; r <= 10; r++) for (let c = 2; c <= 7; c++) ws.getCell(r, c).numFmt = '#,##0';
    box(ws, 3, 1, 10, 7);
    wrap(ws, 3, 1, 4, 7);
    put(ws, 12, 1, ['※実績値は各年度の数値（観光入込客数は各市町の観光統計の合計）。']);
  },
  expected: {
    file: 'h151-chusu-kpi-suii.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(YR_SHEET, '圏域内就業者数', '人', 212000, 208540),
      ind(YR_SHEET, '圏域の観光入込客数', '千人', 4800, 5120),
      ind(YR_SHEET, '圏域の年間商品販売額', '億円', 7900, 6110),
    ],
    groups: [],
    guesses: ['period'],
  },
};

const GOMI = 'ごみ処理広域化';
const SHOBO = '消防指令共同運用';

/** One 事務事業評価シート per sheet: 活動指標 and 成果指標 with 単位, 目指す方向 and 目標/実績 rows for 令和3年度…令和5年度. */
const perSheetForms: Holdout2Workbook = {
  name: 'h151-kouiki-jimujigyo-hyoka',
  layout: 'outside: 広域行政組合 事務事業評価シート, one 事業 per sheet, 活動指標/成果指標 with 目標/実績 rows over 令和3年度…令和5年度, ↓ indicators',
  build(wb) {
    const sheets: [string, string, string, [string, string, string, string, number[], number[]][]][] = [
      [
        GOMI,
        '広域ごみ処理施設の共同運営',
        '施設管理課',
        [
          ['活動指標', '資源化率', '％', '↑', [21.0, 21.5, 22.0], [20.4, 20.1, 19.8]],
          ['成果指標', 'ごみ総排出量', 't', '↓', [43000, 42200, 41500], [43850, 43120, 42380]],
        ],
      ],
      [
        SHOBO,
        '消防指令業務の共同運用',
        '消防指令課',
        [
          ['活動指標', '合同訓練の実施回数', '回', '↑', [4, 4, 4], [4, 2, 3]],
          ['成果指標', '通報受信から出動指令までの平均所要時間', '秒', '↓', [65, 62, 60], [66, 61, 58]],
        ],
      ],
    ];
    for (const [sheet, work, section, indicators] of sheets) {
      const ws = wb.addWorksheet(sheet);
      widths(ws, [12, 30, 8, 10, 8, 12, 12, 12]);
      merge(ws, 1, 1, 1, 8, '令和５年度　事務事業評価シート（青葉広域行政組合）');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 8, work);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 8, section);
      put(ws, 5, 1, ['評価対象年度']);
      merge(ws, 5, 2, 5, 8, '令和５年度');
      put(ws, 7, 1, ['指標の種類', '指標名', '単位', '目指す方向', '区分', '令和3年度', '令和4年度', '令和5年度']);
      indicators.forEach(([kind, name, unit, dir, targets, actuals], i) => {
        const r = 8 + i * 2;
        merge(ws, r, 1, r + 1, 1, kind);
        merge(ws, r, 2, r + 1, 2, name);
        merge(ws, r, 3, r + 1, 3, unit);
        merge(ws, r, 4, r + 1, 4, dir);
        put(ws, r, 5, ['目標', ...targets]);
        put(ws, r + 1, 5, ['実績', ...actuals]);
      });
      box(ws, 3, 1, 5, 8);
      box(ws, 7, 1, 11, 8);
      put(ws, 13, 1, ['今後の方向性']);
      merge(ws, 13, 2, 13, 8, '継続');
      box(ws, 13, 1, 13, 8);
    }
  },
  expected: {
    file: 'h151-kouiki-jimujigyo-hyoka.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(GOMI, '資源化率', '％', 22.0, 19.8),
      ind(GOMI, 'ごみ総排出量', 't', 41500, 42380, { direction: 'down' }),
      ind(SHOBO, '合同訓練の実施回数', '回', 4, 3),
      ind(SHOBO, '通報受信から出動指令までの平均所要時間', '秒', 60, 58, { direction: 'down' }),
    ],
    groups: [],
  },
};

const SBS_SHEET = '達成状況';

/** Two policy fields' tables side by side (成果指標, 単位, 目標値（R3）, 実績値（R3）, 達成率), the 達成率 already computed. */
const sideBySide: Holdout2Workbook = {
  name: 'h151-teiju-seika-narabi',
  layout: 'outside: 共生ビジョン 成果指標の達成状況 (令和３年度), two policy fields side by side, 達成率 column written as text, a 60.0 % on the band',
  build(wb) {
    const ws = wb.addWorksheet(SBS_SHEET);
    widths(ws, [2, 30, 7, 11, 11, 9, 3, 30, 7, 11, 11, 9]);
    merge(ws, 1, 2, 1, 12, '令和３年度　朝霧定住自立圏共生ビジョン　成果指標の達成状況');
    const tables: [number, string, [string, string, number, number, string][]][] = [
      [
        2,
        '１　生活機能の強化',
        [
          ['小児救急医療の輪番体制確保日数', '日', 365, 365, '100.0%'],
          ['圏域内への企業立地件数', '件', 5, 3, '60.0%'],
        ],
      ],
      [
        8,
        '２　結びつきやネットワークの強化',
        [
          ['広域路線バスの年間利用者数', '人', 98000, 80360, '82.0%'],
          ['圏域合同研修の参加職員数', '人', 150, 96, '64.0%'],
        ],
      ],
    ];
    for (const [col, title, rows] of tables) {
      merge(ws, 3, col, 3, col + 4, title);
      put(ws, 4, col, ['成果指標', '単位', '目標値（R3）', '実績値（R3）', '達成率']);
      rows.forEach((r, i) => put(ws, 5 + i, col, r));
      box(ws, 3, col, 6, col + 4);
      for (let r = 5; r <= 6; r++) for (let c = col + 2; c <= col + 3; c++) ws.getCell(r, c).numFmt = '#,##0';
    }
    put(ws, 8, 2, ['※達成率＝実績値÷目標値']);
  },
  expected: {
    file: 'h151-teiju-seika-narabi.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(SBS_SHEET, '小児救急医療の輪番体制確保日数', '日', 365, 365),
      ind(SBS_SHEET, '圏域内への企業立地件数', '件', 5, 3),
      ind(SBS_SHEET, '広域路線バスの年間利用者数', '人', 98000, 80360),
      ind(SBS_SHEET, '圏域合同研修の参加職員数', '人', 150, 96),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [labelValue, yearsAsRows, perSheetForms, sideBySide];
