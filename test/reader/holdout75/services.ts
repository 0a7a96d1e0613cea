/** Hold-out 75, part 3: services to residents (市民農園の事務事業評価, 動物愛護, 消費者教育, 就学前教育・保育). */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const S1 = '事務事業評価';
const allotment: Holdout2Workbook = {
  name: 'h75-allotment-garden',
  layout:
    '事務事業評価シート（市民農園）: 事業名・目的・概要のラベルと値、【事業費】（千円）の表（予算・決算、指標でない）、活動指標/成果指標の表（前年度実績・目標・実績・達成率の文字）、「延べ241人」',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['令和5年度　事務事業評価シート']);
    put(ws, 3, 1, ['事業名', '市民農園管理運営事業', undefined, undefined, '担当課', '農政課']);
    ws.mergeCells('B3:D3');
    put(ws, 4, 1, ['事業の目的', '市民が土に親しみ、農業への理解を深める機会を提供する。']);
    put(ws, 5, 1, ['事業の概要', '市内3か所の市民農園（計180区画、1区画30㎡）の貸出と、農業体験講座の開催。']);
    ws.mergeCells('B4:G4');
    ws.mergeCells('B5:G5');
    put(ws, 7, 1, ['【事業費】（千円）', undefined, undefined, '令和4年度決算', '令和5年度予算', '令和5年度決算']);
    put(ws, 8, 1, ['事業費', undefined, undefined, 4820, 5100, 4960]);
    put(ws, 9, 1, ['うち一般財源', undefined, undefined, 3200, 3400, 3310]);
    ws.mergeCells('A8:C8');
    ws.mergeCells('A9:C9');
    put(ws, 11, 1, ['【指標】', '指標名', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '達成率']);
    const rows: (string | number)[][] = [
      ['活動指標', '市民農園の貸出区画数', '区画', 172, 180, 176, '97.8%'],
      ['活動指標', '農業体験講座の開催回数', '回', 10, 12, 12, '100.0%'],
      ['成果指標', '市民農園の利用率', '％', 95.6, 100.0, 97.8, '97.8%'],
      ['成果指標', '農業体験講座の参加者数', '人', 218, 260, '延べ241人', '92.7%'],
      ['成果指標', '利用者満足度', '％', '－', 80.0, 86.5, '108.1%'],
    ];
    rows.forEach((r, i) => put(ws, 12 + i, 1, r));
    ws.mergeCells('A12:A13');
    ws.mergeCells('A14:A16');
    put(ws, 17, 1, ['※利用者満足度は令和5年度から利用者アンケートで把握（「満足」「やや満足」の割合）。']);
    put(ws, 19, 1, ['今後の方向性', '継続', undefined, '課題', '空き区画の待機者が12人いるため、区画の再配分を検討する。']);
    ws.mergeCells('E19:G19');
    ws.getColumn(2).width = 28;
  },
  expected: {
    file: 'h75-allotment-garden.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '市民農園の貸出区画数', '区画', 180, 176),
      ind(S1, '農業体験講座の開催回数', '回', 12, 12),
      ind(S1, '市民農園の利用率', '％', 100.0, 97.8),
      ind(S1, '農業体験講座の参加者数', '人', 260, 241),
      ind(S1, '利用者満足度', '％', 80.0, 86.5),
    ],
    groups: [],
  },
};

const S2 = '取組状況';
const animal: Holdout2Workbook = {
  name: 'h75-animal-welfare',
  layout:
    '動物愛護管理推進計画: 項目を結合した行、殺処分数の目標 0（注記で少ないほど良い）と達成率の「－」、全角の「２６５人」、評価 A〜D（猫の殺処分数は部署が C）',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['みなと市動物愛護管理推進計画　令和5年度 取組状況']);
    put(ws, 2, 7, ['生活衛生課']);
    put(ws, 4, 1, ['項目', '指標', '単位', '令和5年度目標', '令和5年度実績', '達成率', '評価', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['殺処分の削減', '犬の殺処分数', '頭', 0, 0, '－', 'A'],
      [undefined, '猫の殺処分数', '頭', 0, 4, '－', 'C', '負傷・衰弱により譲渡に適さない個体'],
      ['譲渡の推進', '犬猫の譲渡数', '頭', 120, 134, '111.7％', 'A'],
      [undefined, '譲渡会の開催回数', '回', 12, 10, '83.3％', 'B', '悪天候で2回中止'],
      ['適正飼養の推進', '狂犬病予防注射の接種率', '％', 75.0, 68.9, '91.9％', 'B'],
      [undefined, '飼い主のいない猫の不妊去勢手術助成件数', '件', 300, 176, '58.7％', 'D'],
      [undefined, '動物愛護講習会の参加者数', '人', 400, '２６５人', '66.3％', 'C'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A5:A6');
    ws.mergeCells('A7:A8');
    ws.mergeCells('A9:A11');
    put(ws, 13, 1, ['評価　A：目標を達成　B：達成率80％以上　C：60％以上　D：60％未満']);
    put(ws, 14, 1, ['※殺処分数は少ないほど良い指標（目標は0頭）。目標が0のため達成率は算出しない。']);
    ws.getColumn(2).width = 38;
  },
  expected: {
    file: 'h75-animal-welfare.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '犬の殺処分数', '頭', 0, 0, { direction: 'down', existing: 'A' }),
      ind(S2, '猫の殺処分数', '頭', 0, 4, { direction: 'down', existing: 'C' }),
      ind(S2, '犬猫の譲渡数', '頭', 120, 134, { existing: 'A' }),
      ind(S2, '譲渡会の開催回数', '回', 12, 10, { existing: 'B' }),
      ind(S2, '狂犬病予防注射の接種率', '％', 75.0, 68.9, { existing: 'B' }),
      ind(S2, '飼い主のいない猫の不妊去勢手術助成件数', '件', 300, 176, { existing: 'D' }),
      ind(S2, '動物愛護講習会の参加者数', '人', 400, 265, { existing: 'C' }),
    ],
    groups: [],
  },
};

const S3 = '成果指標';
const consumer: Holdout2Workbook = {
  name: 'h75-consumer-education',
  layout:
    '消費者教育推進計画: 令和4〜6年度の目標/実績の組を2段の見出しで（令和6年度は目標だけ）、評価対象年度は2行目、「26回（うち高齢者向け11回）」、全角の「４２」、ちょうど60％',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['みなと市消費者教育推進計画　成果指標の状況']);
    put(ws, 2, 1, ['評価対象年度：令和5年度', undefined, undefined, undefined, undefined, undefined, undefined, '消費生活センター']);
    put(ws, 4, 1, ['指標', '単位', '令和4年度', undefined, '令和5年度', undefined, '令和6年度', undefined, '備考']);
    put(ws, 5, 3, ['目標', '実績', '目標', '実績', '目標', '実績']);
    for (const c of ['A', 'B', 'I']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('C4:D4');
    ws.mergeCells('E4:F4');
    ws.mergeCells('G4:H4');
    const rows: (string | number | undefined)[][] = [
      ['消費生活出前講座の開催回数', '回', 24, 22, 30, '26回（うち高齢者向け11回）', 32],
      ['出前講座の参加者数', '人', 800, 765, 900, 1032, 950],
      ['消費生活相談のあっせん解決率', '％', 90.0, 88.2, 90.0, 91.5, 90.0],
      ['消費生活センターの認知度', '％', 60.0, 54.3, 65.0, 55.1, 70.0, '市民意識調査'],
      ['若年者向け消費者教育の実施校数', '校', 8, 8, 10, 6, 12, '市内の中学校・高校'],
      ['見守りネットワーク協力事業者数', '事業者', 45, 47, 50, '４２', 55, '令和5年度に3事業者が廃業'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※開催回数には学校・老人クラブ・事業所への出前講座を含む。']);
    ws.getColumn(1).width = 34;
  },
  expected: {
    file: 'h75-consumer-education.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S3, '消費生活出前講座の開催回数', '回', 30, 26),
      ind(S3, '出前講座の参加者数', '人', 900, 1032),
      ind(S3, '消費生活相談のあっせん解決率', '％', 90.0, 91.5),
      ind(S3, '消費生活センターの認知度', '％', 65.0, 55.1),
      ind(S3, '若年者向け消費者教育の実施校数', '校', 10, 6),
      ind(S3, '見守りネットワーク協力事業者数', '事業者', 50, 42),
    ],
    groups: [],
  },
};

const S4 = '点検評価';
const preschool: Holdout2Workbook = {
  name: 'h75-preschool-april-first',
  layout:
    '就学前教育・保育の点検・評価: 基準日の列（「令和6年4月1日」「年度末」）、待機児童数の目標 0（注記で少ないほど良い）、「43,500（見込）」、全角の「２７５人」、施策の結合、評価 A〜D',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['令和5年度　就学前教育・保育の点検・評価']);
    put(ws, 2, 7, ['こども保育課']);
    put(ws, 4, 1, ['施策', '指標', '単位', '基準日', '令和5年度目標', '令和5年度実績', '評価', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['保育の受け皿の確保', '保育所等の待機児童数', '人', '令和6年4月1日', 0, 3, 'D', '1歳児2人、2歳児1人'],
      [undefined, '保育所等の利用定員', '人', '令和6年4月1日', 2450, 2410, 'B'],
      [undefined, '病児保育の実施施設数', 'か所', '年度末', 3, 3, 'A'],
      ['幼児教育の質の向上', '幼稚園・保育所等の合同研修の参加者数', '人', '年度', 300, '２７５人', 'B'],
      [undefined, '接続カリキュラムを実施している小学校の割合', '％', '年度末', 100.0, 78.6, 'C', '14校中11校'],
      [undefined, '預かり保育を実施する幼稚園の数', '園', '令和6年4月1日', 8, 8, 'A'],
      ['子育て家庭への支援', '地域子育て支援拠点の利用者数（延べ）', '人', '年度', 42000, '43,500（見込）', 'A', '3月分は見込み'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.mergeCells('A5:A7');
    ws.mergeCells('A8:A10');
    put(ws, 13, 1, ['評価　A：目標を達成　B：80％以上　C：60％以上　D：60％未満']);
    put(ws, 14, 1, ['※待機児童数は少ないほど良い指標。基準日が令和6年4月1日の指標は、令和5年度の取組の結果として翌年度当初の数値を計上している。']);
    ws.getColumn(2).width = 40;
  },
  expected: {
    file: 'h75-preschool-april-first.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S4, '保育所等の待機児童数', '人', 0, 3, { direction: 'down', existing: 'D' }),
      ind(S4, '保育所等の利用定員', '人', 2450, 2410, { existing: 'B' }),
      ind(S4, '病児保育の実施施設数', 'か所', 3, 3, { existing: 'A' }),
      ind(S4, '幼稚園・保育所等の合同研修の参加者数', '人', 300, 275, { existing: 'B' }),
      ind(S4, '接続カリキュラムを実施している小学校の割合', '％', 100.0, 78.6, { existing: 'C' }),
      ind(S4, '預かり保育を実施する幼稚園の数', '園', 8, 8, { existing: 'A' }),
      ind(S4, '地域子育て支援拠点の利用者数（延べ）', '人', 42000, 43500, { existing: 'A', actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

export const SERVICE_WORKBOOKS: Holdout2Workbook[] = [allotment, animal, consumer, preschool];
