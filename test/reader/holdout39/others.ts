/**
 * Hold-out 39, other shapes (1 of 2): years as rows with a 目標/実績/評価 trio per indicator, one
 * project per sheet as a label–value form with its indicator table, and 目標/実績 pairs under each
 * year with no evaluation period stated anywhere (the latest year with actuals: a guess).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const S7 = '指標推移';
const YEARS7 = ['平成30年度', '令和元年度', '令和２年度', '令和３年度', '令和４年度', '令和５年度', '令和６年度'];

/** One indicator's trio of columns (目標, 実績, 評価) from `col`, its name merged over them. */
function trio(ws: Worksheet, col: number, name: string, targets: number[], actuals: (string | number)[], grades: string[]): void {
  put(ws, 4, col, [name]);
  ws.mergeCells(4, col, 4, col + 2);
  put(ws, 5, col, ['目標', '実績', '評価']);
  YEARS7.forEach((_, i) => put(ws, 6 + i, col, [targets[i], actuals[i], grades[i]]));
}

/** N: years as rows (平成30年度 … 令和６年度, full-width digits), a 目標/実績/評価 trio per indicator with spacer columns, written grades that disagree, 中止 years. */
const yearRowsTrios: Holdout2Workbook = {
  name: 'h39-07-year-rows-trios',
  layout:
    'N: years as rows H30–R6 (令和元年度, full-width digits), per indicator a merged name over 目標/実績/評価 with blank spacer columns, R6 target only, 中止 years, written grades disagreeing',
  build(wb) {
    const ws = wb.addWorksheet(S7);
    put(ws, 1, 1, ['生涯学習・文化振興　成果指標の推移']);
    ws.mergeCells('A1:P1');
    put(ws, 2, 1, ['評価対象：令和５年度']);
    put(ws, 4, 1, ['年度']);
    ws.mergeCells('A4:A5');
    YEARS7.forEach((y, i) => put(ws, 6 + i, 1, [y]));
    trio(
      ws,
      2,
      '図書館貸出冊数（冊）',
      [400000, 405000, 410000, 410000, 415000, 420000, 425000],
      [402311, 388020, 301554, 352870, 384101, '398,512'],
      ['A', 'B', 'C', 'B', 'B', 'A'],
    );
    trio(
      ws,
      6,
      '市民文化祭来場者数（人）',
      [7500, 7500, 7500, 7500, 8000, 8000, 8500],
      [7812, 7455, '中止', '中止', 6980, 8420],
      ['A', 'B', '―', '―', 'B', 'A'],
    );
    trio(
      ws,
      10,
      '公民館講座の受講者数（人）',
      [3500, 3500, 3500, 3500, 3500, 3500, 3500],
      [3620, 3410, 1022, 1560, 2104, 2261],
      ['A', 'B', 'D', 'D', 'C', 'B'],
    );
    trio(
      ws,
      14,
      '美術館入館者数（人）',
      [15000, 15000, 15000, 15000, 15000, 15000, 16000],
      [14210, 13877, 5120, 8804, 11930, '12,480（速報値）'],
      ['B', 'B', 'D', 'C', 'B'],
    );
    put(ws, 14, 1, ['※令和２・３年度の市民文化祭は新型コロナウイルス感染症の影響により中止']);
    put(ws, 15, 1, ['※評価　A：目標達成　B：80％以上　C：60％以上　D：60％未満（令和５年度の美術館入館者数は速報値のため評価は確定後に記入）']);
  },
  expected: {
    file: 'h39-07-year-rows-trios.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S7, '図書館貸出冊数', '冊', 420000, 398512, { existing: 'A' }),
      ind(S7, '市民文化祭来場者数', '人', 8000, 8420, { existing: 'A' }),
      ind(S7, '公民館講座の受講者数', '人', 3500, 2261, { existing: 'B' }),
      ind(S7, '美術館入館者数', '人', 15000, 12480, { actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

interface FormIndicator {
  kind: string;
  name: string;
  unit: string;
  row: (string | number)[];
}

function projectForm(ws: Worksheet, project: string, section: string, purpose: string, indicators: FormIndicator[], cost: string): void {
  put(ws, 1, 1, ['事務事業評価シート（令和５年度実施事業）']);
  ws.mergeCells('A1:H1');
  put(ws, 3, 1, ['事業名', project, undefined, undefined, '担当課', '都市整備部 住宅政策課']);
  ws.mergeCells('B3:D3');
  put(ws, 4, 1, ['総合計画上の位置付け', section]);
  ws.mergeCells('B4:H4');
  put(ws, 5, 1, ['事業の目的', purpose]);
  ws.mergeCells('B5:H5');
  put(ws, 7, 1, ['■ 指標']);
  put(ws, 8, 1, ['区分', '指標名', '単位', 'R4実績', 'R5目標', 'R5実績', '達成率', '評価']);
  indicators.forEach((x, i) => put(ws, 9 + i, 1, [x.kind, x.name, x.unit, ...x.row]));
  put(ws, 12, 1, ['■ 事業費', '令和5年度決算額', cost]);
  put(ws, 14, 1, ['■ 自己評価', '概ね順調']);
  put(ws, 15, 1, ['今後の方向性', '継続']);
}

const S8A = '事業01';
const S8B = '事業02';

/** N: one project per sheet (label–value form) with an indicator table: R4実績 beside R5, 達成率 against R4, an actual in 円 under a 万円 row, a 決算額 line. */
const projectForms: Holdout2Workbook = {
  name: 'h39-08-project-forms-per-sheet',
  layout:
    'N: one 事務事業評価シート per sheet, label–value header, 指標 table (活動/成果) with R4実績, 達成率 some against R4, 「284,500,000円」 in a 万円 row, 決算額 in 千円 below',
  build(wb) {
    projectForm(
      wb.addWorksheet(S8A),
      '空き家バンク運営事業',
      '5-2 住みよい住環境の形成',
      '空き家の流通を促し、移住・定住の受け皿とする',
      [
        { kind: '活動指標', name: '空き家バンク新規登録件数', unit: '件', row: [38, 40, 45, '118.4%', 'A'] },
        { kind: '成果指標', name: '空き家バンク成約件数', unit: '件', row: [21, 25, 18, '72.0%', 'B'] },
      ],
      '4,520千円',
    );
    projectForm(
      wb.addWorksheet(S8B),
      '住宅リフォーム支援事業',
      '5-2 住みよい住環境の形成',
      '市内業者による住宅リフォームへの補助により、住環境の向上と地域経済の活性化を図る',
      [
        { kind: '活動指標', name: '補助金交付件数', unit: '件', row: [142, 150, 138, '92.0%', 'B'] },
        { kind: '成果指標', name: '補助対象工事費総額', unit: '万円', row: ['29,800', '30,000', '284,500,000円', '94.8%', 'B'] },
        { kind: '成果指標', name: '利用者満足度', unit: '％', row: [90.4, '―', 92.1, '―', '―'] },
      ],
      '31,200千円',
    );
  },
  expected: {
    file: 'h39-08-project-forms-per-sheet.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S8A, '空き家バンク新規登録件数', '件', 40, 45, { existing: 'A' }),
      ind(S8A, '空き家バンク成約件数', '件', 25, 18, { existing: 'B' }),
      ind(S8B, '補助金交付件数', '件', 150, 138, { existing: 'B' }),
      ind(S8B, '補助対象工事費総額', '万円', 30000, 28450, { existing: 'B' }),
      // No R5 target (―): no grade.
      ind(S8B, '利用者満足度', '％', null, 92.1),
    ],
    groups: [],
  },
};

const S9 = '消防指標';

/** N: 目標/実績 pairs under merged year headings 2021–2024年度, a 目指す方向 column of arrows, full-width figures, no period stated (2023: the latest with actuals, a guess). */
const yearPairsUnstated: Holdout2Workbook = {
  name: 'h39-09-year-pairs-period-unstated',
  layout:
    'N: 目標/実績 pairs under merged 2021年度…2024年度 headings, 目指す方向 ↑/↓ column with a legend row, full-width figures, no evaluation period stated',
  build(wb) {
    const ws = wb.addWorksheet(S9);
    put(ws, 1, 1, ['消防本部　業務指標一覧']);
    put(ws, 3, 1, ['指標', '単位', '目指す方向', '2021年度', undefined, '2022年度', undefined, '2023年度', undefined, '2024年度', undefined, '備考']);
    for (const c of [4, 6, 8, 10]) ws.mergeCells(3, c, 3, c + 1);
    for (const c of [1, 2, 3, 12]) ws.mergeCells(3, c, 4, c);
    put(ws, 4, 4, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    put(ws, 5, 1, ['火災発生件数', '件', '↓', 30, 28, 28, 33, 25, 31, 25]);
    put(ws, 6, 1, ['救急現場到着平均時間', '分', '↓', 8.5, 8.9, 8.3, 8.8, 8.0, 8.6, 8.0, undefined, '覚知から現場到着まで']);
    put(ws, 7, 1, ['住宅用火災警報器設置率', '％', '↑', 80, 72.4, 82.5, 70.1, 85, 66.0, 87.5, undefined, '抽出調査']);
    put(ws, 8, 1, ['普通救命講習受講者数', '人', '↑', 1200, '１，０５０', 1400, '１，３８８', 1500, '１，６２０', 1600]);
    put(ws, 9, 1, ['消防団員数', '人', '↑', 420, 411, 420, 402, 420, 398, 420, undefined, '4月1日現在']);
    put(ws, 11, 1, ['※目指す方向　↑：増加を目指す　↓：減少を目指す']);
  },
  expected: {
    file: 'h39-09-year-pairs-period-unstated.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S9, '火災発生件数', '件', 25, 31, { direction: 'down' }),
      ind(S9, '救急現場到着平均時間', '分', 8, 8.6, { direction: 'down' }),
      ind(S9, '住宅用火災警報器設置率', '％', 85, 66),
      ind(S9, '普通救命講習受講者数', '人', 1500, 1620),
      ind(S9, '消防団員数', '人', 420, 398),
    ],
    groups: [],
    // No evaluation period anywhere: 2023年度, the latest year with actuals, is the clerk's guess.
    guesses: ['period'],
  },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [yearRowsTrios, projectForms, yearPairsUnstated];
