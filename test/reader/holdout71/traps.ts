/** Hold-out 71, part 2: 再犯防止 (◎/○/△ with a legend), 生涯学習 (目標「令和7年度までに60％」in one cell), 都市計画MP (基準年・目標年 2030), 水道の業務指標 (figures as text with units), こども家庭 (実績/目標 rows, 参考の相談対応件数), 協働のまちづくり (full-width text figures, 未実施). */
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const R = '進捗評価';
const saihan: Holdout2Workbook = {
  name: 'h71-saihan-marks-legend',
  layout: '再犯防止推進計画: 評価の列に市独自の◎/○/△（表の下に凡例、×は今回なし）、目標の方向の列、1件は甘めの○',
  build(wb) {
    const ws = wb.addWorksheet(R);
    put(ws, 1, 1, ['みなと市再犯防止推進計画　令和5年度 進捗評価']);
    put(ws, 2, 7, ['地域福祉課']);
    put(ws, 4, 1, ['基本施策', '評価指標', '単位', '方向', '令和5年度目標', '令和5年度実績', '評価']);
    const rows: (string | number | undefined)[][] = [
      ['就労・住居の確保', '協力雇用主の登録数', '社', '↑', 45, 48, '◎'],
      [undefined, '就労支援につながった人数', '人', '↑', 12, 10, '○'],
      ['民間協力者の活動促進', '保護司の充足率', '％', '↑', 95.0, 88.6, '○'],
      [undefined, '社会を明るくする運動の行事参加者数', '人', '↑', 1500, 1020, '○'],
      ['広報・啓発', '再犯防止に関する研修の受講者数（市職員）', '人', '↑', 100, 100, '◎'],
      ['再犯の状況', '刑法犯検挙者に占める再犯者の割合', '％', '↓', 45.0, 47.9, '○'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A5:A6');
    ws.mergeCells('A7:A8');
    put(ws, 12, 1, ['【評価の凡例】　◎：達成率100％以上　○：80％以上100％未満　△：60％以上80％未満　×：60％未満']);
    put(ws, 13, 1, ['※方向　↑：増加を目指す　↓：減少を目指す（達成率＝目標÷実績）']);
    ws.getColumn(2).width = 40;
  },
  expected: {
    file: 'h71-saihan-marks-legend.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(R, '協力雇用主の登録数', '社', 45, 48, { existing: '◎' }),
      ind(R, '就労支援につながった人数', '人', 12, 10, { existing: '○' }),
      ind(R, '保護司の充足率', '％', 95.0, 88.6, { existing: '○' }),
      ind(R, '社会を明るくする運動の行事参加者数', '人', 1500, 1020, { existing: '○' }),
      ind(R, '再犯防止に関する研修の受講者数（市職員）', '人', 100, 100, { existing: '◎' }),
      ind(R, '刑法犯検挙者に占める再犯者の割合', '％', 45.0, 47.9, { direction: 'down', existing: '○' }),
    ],
    groups: [],
    guesses: [],
  },
};

const G = '進捗状況';
const shogai: Holdout2Workbook = {
  name: 'h71-shogai-target-sentence',
  layout: '生涯学習推進計画: 目標を一つのセルに文で（「令和7年度までに60％」「毎年度40講座以上」）、令和3〜5年度の実績が列、累計の指標',
  build(wb) {
    const ws = wb.addWorksheet(G);
    put(ws, 1, 1, ['第3次みなと市生涯学習推進計画　令和5年度 進捗状況']);
    put(ws, 2, 6, ['生涯学習課']);
    put(ws, 4, 1, ['指標', '単位', '目標', '令和3年度', '令和4年度', '令和5年度', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['生涯学習に取り組んでいる市民の割合', '％', '令和7年度までに60％', 47.9, 50.2, 52.4, '市民意識調査'],
      ['公民館講座の参加者数', '人', '令和7年度までに年間12,000人', 6830, 8410, 9150],
      ['市民講座の開設数', '講座', '毎年度40講座以上', 36, 41, 43],
      ['図書館の市民一人当たり貸出冊数', '冊', '令和7年度までに6.0冊', 4.8, 5.0, 5.1],
      ['生涯学習ボランティア登録者数', '人', '令和7年度までに300人', 251, 288, 312],
      ['市民大学の修了者数（累計）', '人', '令和7年度までに累計500人', 322, 371, 418, '平成30年度からの累計'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※計画期間は令和3年度から令和7年度まで。令和5年度の実績は最終目標に対する状況として評価する。']);
    ws.getColumn(1).width = 34;
    ws.getColumn(3).width = 28;
  },
  expected: {
    file: 'h71-shogai-target-sentence.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(G, '生涯学習に取り組んでいる市民の割合', '％', 60, 52.4)),
      final(ind(G, '公民館講座の参加者数', '人', 12000, 9150)),
      ind(G, '市民講座の開設数', '講座', 40, 43),
      final(ind(G, '図書館の市民一人当たり貸出冊数', '冊', 6.0, 5.1)),
      final(ind(G, '生涯学習ボランティア登録者数', '人', 300, 312)),
      final(ind(G, '市民大学の修了者数（累計）', '人', 500, 418)),
    ],
    groups: [],
    guesses: [],
  },
};

const M = '進行管理';
const toshi: Holdout2Workbook = {
  name: 'h71-toshi-mp-2030',
  layout: '都市計画マスタープランの進行管理: 西暦、基準値と基準年・目標値と目標年（2030）の列、2024年度実績、基準値より低い目標で増加が良い指標、減少の指標',
  build(wb) {
    const ws = wb.addWorksheet(M);
    put(ws, 1, 1, ['みなと市都市計画マスタープラン　進行管理シート（2024年度）']);
    put(ws, 2, 8, ['都市計画課']);
    put(ws, 4, 1, ['分野', '指標', '単位', '基準値', '基準年', '目標値', '目標年', '2024年度実績', '目標の方向']);
    const rows: (string | number | undefined)[][] = [
      ['交通', '公共交通の人口カバー率', '％', 78.2, 2019, 85.0, 2030, 86.1, '増加'],
      ['土地利用', '市街化区域内の人口密度', '人/ha', 52.1, 2020, 50.0, 2030, 50.8, '維持・増加'],
      [undefined, '居住誘導区域内の人口の割合', '％', 58.0, 2020, 62.0, 2030, 58.6, '増加'],
      [undefined, '低未利用地の面積', 'ha', 132, 2020, 110, 2030, 128, '減少'],
      ['都市施設', '都市計画道路の整備率', '％', 64.5, 2019, 75.0, 2030, 67.9, '増加'],
      ['中心市街地', '中心市街地の歩行者通行量', '人/日', 12400, 2019, 15000, 2030, 8600, '増加'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A6:A8');
    put(ws, 12, 1, ['※目標値は目標年（2030年度）の値。人口密度は人口減少下でも50.0人/haを維持する目標。']);
    ws.getColumn(2).width = 30;
  },
  expected: {
    file: 'h71-toshi-mp-2030.xlsx',
    fiscalYear: 2024,
    indicators: [
      final(ind(M, '公共交通の人口カバー率', '％', 85.0, 86.1)),
      final(ind(M, '市街化区域内の人口密度', '人/ha', 50.0, 50.8)),
      final(ind(M, '居住誘導区域内の人口の割合', '％', 62.0, 58.6)),
      final(ind(M, '低未利用地の面積', 'ha', 110, 128, { direction: 'down' })),
      final(ind(M, '都市計画道路の整備率', '％', 75.0, 67.9)),
      final(ind(M, '中心市街地の歩行者通行量', '人/日', 15000, 8600)),
    ],
    groups: [],
    guesses: [],
  },
};

const W = '業務指標';
const suido: Holdout2Workbook = {
  name: 'h71-suido-text-figures',
  layout: '水道事業の業務指標: PI番号の列、値はすべて単位付きの文字列（「89.6％」）、望ましい方向 ↑/↓（凡例）、前年度の列、単位の列なし',
  build(wb) {
    const ws = wb.addWorksheet(W);
    put(ws, 1, 1, ['みなと市水道事業　業務指標（PI）の目標と実績　令和5年度']);
    put(ws, 2, 6, ['上下水道局 経営課']);
    put(ws, 4, 1, ['PI番号', '業務指標', '望ましい方向', '令和4年度実績', '令和5年度目標', '令和5年度実績']);
    const rows: string[][] = [
      ['B112', '有収率', '↑', '89.1％', '92.0％', '89.6％'],
      ['B606', '基幹管路の耐震適合率', '↑', '41.8％', '45.0％', '43.5％'],
      ['B504', '管路の更新率', '↑', '0.71％', '1.00％', '0.55％'],
      ['B604', '配水池の耐震化率', '↑', '64.0％', '70.0％', '71.0％'],
      ['B110', '漏水率', '↓', '8.3％', '6.0％', '7.8％'],
      ['C113', '料金回収率', '↑', '97.5％', '100.0％', '98.2％'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※望ましい方向　↑：値が大きいほど良い　↓：値が小さいほど良い']);
    put(ws, 13, 1, ['※PI番号は水道事業ガイドライン（JWWA Q 100）による。']);
    ws.getColumn(2).width = 26;
  },
  expected: {
    file: 'h71-suido-text-figures.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(W, '有収率', '％', 92.0, 89.6),
      ind(W, '基幹管路の耐震適合率', '％', 45.0, 43.5),
      ind(W, '管路の更新率', '％', 1.0, 0.55),
      ind(W, '配水池の耐震化率', '％', 70.0, 71.0),
      ind(W, '漏水率', '％', 6.0, 7.8, { direction: 'down' }),
      ind(W, '料金回収率', '％', 100.0, 98.2),
    ],
    groups: [],
    guesses: [],
  },
};

const C = 'こども家庭センター';
const kodomo: Holdout2Workbook = {
  name: 'h71-kodomo-rows-reference',
  layout:
    'こども家庭センターの成果指標: 指標ごとに実績・目標の2行（実績が上）× 令和4〜7年度の列、評価年度は令和6年度、下に参考の児童虐待相談対応件数（目標なし、同じ列）',
  build(wb) {
    const ws = wb.addWorksheet(C);
    put(ws, 1, 1, ['令和6年度　こども家庭センター事業　成果指標の状況']);
    put(ws, 2, 7, ['こども家庭課']);
    put(ws, 4, 1, ['成果指標', '単位', '区分', '令和4年度', '令和5年度', '令和6年度', '令和7年度']);
    const block = (row: number, name: string, unit: string, actuals: (number | undefined)[], targets: number[]) => {
      put(ws, row, 1, [name, unit, '実績', ...actuals]);
      put(ws, row + 1, 3, ['目標', ...targets]);
      ws.mergeCells(`A${row}:A${row + 1}`);
      ws.mergeCells(`B${row}:B${row + 1}`);
    };
    block(5, '乳児家庭全戸訪問の実施率', '％', [95.8, 97.1, 96.5], [97.0, 97.5, 98.0, 98.0]);
    block(7, '要保護児童対策地域協議会の個別ケース検討会議の開催回数', '回', [48, 55, 72], [50, 55, 60, 60]);
    block(9, '子育て世帯訪問支援事業の利用世帯数', '世帯', [undefined, 14, 26], [20, 30, 40, 50]);
    block(11, 'ペアレントトレーニング修了者数', '人', [18, 24, 31], [20, 25, 30, 30]);
    block(13, '児童虐待防止に関する研修の受講者数', '人', [310, 352, 290], [350, 380, 400, 420]);
    put(ws, 16, 1, ['【参考】児童虐待相談対応件数（件）', undefined, '実績', 214, 236, 251]);
    put(ws, 17, 1, ['※参考値として掲載（件数の増減は通告の増加等を反映するため、目標は設定しない）。']);
    put(ws, 18, 1, ['※子育て世帯訪問支援事業は令和5年度開始。']);
    ws.getColumn(1).width = 44;
  },
  expected: {
    file: 'h71-kodomo-rows-reference.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C, '乳児家庭全戸訪問の実施率', '％', 98.0, 96.5),
      ind(C, '要保護児童対策地域協議会の個別ケース検討会議の開催回数', '回', 60, 72),
      ind(C, '子育て世帯訪問支援事業の利用世帯数', '世帯', 40, 26),
      ind(C, 'ペアレントトレーニング修了者数', '人', 30, 31),
      ind(C, '児童虐待防止に関する研修の受講者数', '人', 400, 290),
    ],
    groups: [],
    guesses: [],
  },
};

const Q = '実施状況';
const kyodo: Holdout2Workbook = {
  name: 'h71-kyodo-fullwidth-text',
  layout:
    '協働のまちづくり推進計画の実施状況: 取組と指標を別の列、目標・実績は全角数字と単位の文字列（「４５法人」「１８，０００人」）、「未実施」、担当課の評価 A〜D（1件は甘め）',
  build(wb) {
    const ws = wb.addWorksheet(Q);
    put(ws, 1, 1, ['みなと市協働のまちづくり推進計画　令和５年度 実施状況']);
    put(ws, 2, 6, ['市民協働課']);
    put(ws, 4, 1, ['取組', '指標', '令和５年度目標', '令和５年度実績', '評価', '備考']);
    const rows: (string | undefined)[][] = [
      ['市民活動団体の育成', '市内に事務所を置くＮＰＯ法人数', '４５法人', '４２法人', 'B', '解散２法人'],
      [undefined, '市民活動登録団体数', '２２０団体', '２３１団体', 'A'],
      ['協働の仕組みづくり', '協働事業提案制度の採択件数', '５件', '未実施', 'D', '制度見直しのため募集を休止'],
      [undefined, '市民活動センターの利用者数', '１８，０００人', '１４，２６０人', 'B'],
      ['担い手の育成', 'まちづくり出前講座の開催回数', '３０回', '３０回', 'A'],
      [undefined, '地域自治協議会の設立数', '１２地区', '９地区', 'C'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A5:A6');
    ws.mergeCells('A7:A8');
    ws.mergeCells('A9:A10');
    put(ws, 12, 1, ['評価　A：順調（達成率100％以上）　B：概ね順調（80％以上）　C：やや遅れている（60％以上）　D：遅れている（60％未満・未実施）']);
    ws.getColumn(2).width = 34;
  },
  expected: {
    file: 'h71-kyodo-fullwidth-text.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Q, '市内に事務所を置くＮＰＯ法人数', '法人', 45, 42, { existing: 'B' }),
      ind(Q, '市民活動登録団体数', '団体', 220, 231, { existing: 'A' }),
      ind(Q, '協働事業提案制度の採択件数', '件', 5, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(Q, '市民活動センターの利用者数', '人', 18000, 14260, { existing: 'B' }),
      ind(Q, 'まちづくり出前講座の開催回数', '回', 30, 30, { existing: 'A' }),
      ind(Q, '地域自治協議会の設立数', '地区', 12, 9, { existing: 'C' }),
    ],
    groups: [],
    guesses: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [saihan, shogai, toshi, suido, kodomo, kyodo];
