/**
 * Hold-out 39, family B (one row per project), as two other offices lay them out: figures as text with
 * a label and unit beside a last-year column and a next-year target, grades written as words and
 * 達成率 computed by the department (some against last year); and two tables stacked on one sheet
 * with a project listed again (再掲) in the second.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const S3 = '事務事業評価';

const S3_ROWS: (string | number)[][] = [
  [1, '子育て支援センター運営事業', '利用者数 18,420人', '利用者数 20,000人', '利用者数 19,310人', '104.8%', '順調', '利用者数 21,000人', '継続'],
  [2, 'ファミリー・サポート・センター事業', '活動件数 2,105件', '活動件数 2,400件', '活動件数 1,688件', '70.3%', 'やや遅れている', '活動件数 2,400件', '継続'],
  [3, '放課後児童健全育成事業', '待機児童数 12人', '待機児童数 0人', '待機児童数 5人', '―', '遅れている', '待機児童数 0人', '拡充'],
  [4, '病児保育事業', '延べ利用者数 745人', '延べ利用者数 800人', '延べ利用者数 812人', '109.0%', '概ね順調', '延べ利用者数 850人', '継続'],
  [5, '子育て世帯訪問支援事業', '対象なし', '訪問世帯数 30世帯', '未実施', '―', '遅れている', '訪問世帯数 30世帯', '見直し', '委託先が決まらず未実施'],
  [6, '乳幼児健康診査事業', '受診率 96.1%', '受診率 95.0%', '受診率 97.2%', '102.3%', '順調', '受診率 95.0%', '継続'],
  [7, 'ブックスタート事業', '配付率 97.5%', '配付率 100%', '配付率 98.1%', '98.1%', '概ね順調', '配付率 100%', '継続'],
];

/** B: figures as 「利用者数 19,310人」, R4 and R6 columns beside R5's, 評価 in words, 達成率 partly against R4. */
const projectWordsGrades: Holdout2Workbook = {
  name: 'h39-03-project-words-and-wrong-rates',
  layout:
    'B: label+unit text figures, R4年度実績 and R6年度目標 beside R5, 評価 as 順調/概ね順調/やや遅れている/遅れている, 達成率 some against R4, 待機児童数, 未実施',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['令和６年度　事務事業評価一覧（令和５年度実績）　こども未来部']);
    ws.mergeCells('A1:J1');
    put(ws, 3, 1, ['No.', '事業名', 'R4年度実績', 'R5年度目標', 'R5年度実績', '達成率', '評価', 'R6年度目標', '今後の方向性', '備考']);
    S3_ROWS.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 12, 1, ['※評価は「順調」「概ね順調」「やや遅れている」「遅れている」の4段階で所管課が記入']);
    put(ws, 13, 1, ['※達成率は所管課の算出による']);
    ws.getColumn(2).width = 30;
  },
  expected: {
    file: 'h39-03-project-words-and-wrong-rates.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S3, '子育て支援センター運営事業', '人', 20000, 19310, { existing: 'A' }),
      ind(S3, 'ファミリー・サポート・センター事業', '件', 2400, 1688, { existing: 'C' }),
      ind(S3, '放課後児童健全育成事業', '人', 0, 5, { direction: 'down', existing: 'D' }),
      ind(S3, '病児保育事業', '人', 800, 812, { existing: 'B' }),
      ind(S3, '子育て世帯訪問支援事業', '世帯', 30, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(S3, '乳幼児健康診査事業', '%', 95, 97.2, { existing: 'A' }),
      ind(S3, 'ブックスタート事業', '%', 100, 98.1, { existing: 'B' }),
    ],
    groups: [],
  },
};

const S6 = '重点事業';
const HEAD6 = ['事業番号', '事業名', '単位', '目標値（R5）', '実績値（R5）', '達成率', '自己評価', '備考'];

/** B: two tables stacked (施策1, 施策2), plain figures with a 単位 column, full-width grades, 「2億9,700万円」, and 創業支援事業 listed again (再掲) in the second. */
const projectRepeated: Holdout2Workbook = {
  name: 'h39-06-project-two-tables-repeated',
  layout:
    'B: two stacked project tables under 【施策1】/【施策2】, 単位 column, full-width Ａ–Ｄ 自己評価, 「2億9,700万円」, a project repeated （再掲） in the second table',
  build(wb) {
    const ws = wb.addWorksheet(S6);
    put(ws, 1, 1, ['令和５年度　重点事業実績評価表']);
    ws.mergeCells('A1:H1');
    put(ws, 2, 1, ['（評価対象：令和５年度の取組実績　産業観光部）']);
    put(ws, 4, 1, ['【施策1】地域産業の振興']);
    put(ws, 5, 1, HEAD6);
    put(ws, 6, 1, ['1-1', '中小企業融資あっせん事業', '件', 150, 124, '82.7%', 'Ｂ']);
    put(ws, 7, 1, ['1-2', '創業支援事業', '件', 20, 24, '120.0%', 'Ａ', '特定創業支援等事業による支援件数']);
    put(ws, 8, 1, ['1-3', 'プレミアム付商品券発行事業', '万円', 30000, '2億9,700万円', '99.0%', 'Ａ', '販売総額']);
    put(ws, 10, 1, ['【施策2】観光交流の推進']);
    put(ws, 11, 1, HEAD6);
    put(ws, 12, 1, ['2-1', '観光PR事業', '千人', 1320, 1185.6, '89.8%', 'Ｂ', '観光入込客数（暦年）']);
    put(ws, 13, 1, ['2-2', '創業支援事業（再掲）', '件', 20, 24, '120.0%', 'Ａ', '施策1-2の再掲']);
    put(ws, 14, 1, ['2-3', '外国人観光客誘致事業', '人', 5000, 6210, '124.2%', 'Ａ', '外国人宿泊者数']);
    put(ws, 15, 1, ['2-4', 'ふるさと納税推進事業', '件', 12000, 9870, '82.3%', 'Ｃ', '寄附件数']);
    ws.getColumn(2).width = 28;
  },
  expected: {
    file: 'h39-06-project-two-tables-repeated.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S6, '中小企業融資あっせん事業', '件', 150, 124, { existing: 'B' }),
      ind(S6, '創業支援事業', '件', 20, 24, { existing: 'A' }),
      ind(S6, 'プレミアム付商品券発行事業', '万円', 30000, 29700, { existing: 'A' }),
      ind(S6, '観光PR事業', '千人', 1320, 1185.6, { existing: 'B' }),
      ind(S6, '外国人観光客誘致事業', '人', 5000, 6210, { existing: 'A' }),
      ind(S6, 'ふるさと納税推進事業', '件', 12000, 9870, { existing: 'C' }),
    ],
    groups: [],
  },
};

export const PROJECT_WORKBOOKS: Holdout2Workbook[] = [projectWordsGrades, projectRepeated];
