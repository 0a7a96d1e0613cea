/** Hold-out 18, second half: figures of another year, mixed units, point targets, approximate text numbers, no stated year. */
import type { Holdout2Workbook as Holdout18Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

/** One actual is last year's survey figure (surveyed every other year), said in a 実績年度 column and 備考. */
const otherYearActual: Holdout18Workbook = (() => {
  const s = '施策5';
  return {
    name: 'h18-other-year-actual',
    layout: 'R5 table with a 実績の年度 column: one actual is 令和4年度 (biennial survey), noted in 備考',
    build(wb) {
      const ws = wb.addWorksheet(s);
      ws.mergeCells('A1:G1');
      ws.getCell('A1').value = '令和5年度　行政評価（施策評価）　施策5　魅力ある市街地の形成';
      put(ws, 3, 1, ['指標名', '単位', '目標値', '実績値', '実績の年度', '達成度', '備考']);
      put(ws, 4, 1, ['中心市街地の歩行者通行量（休日）', '人/日', '6,500', '5,980', '令和5年度']);
      put(ws, 5, 1, [
        'まちなかの居心地に満足している市民の割合',
        '％',
        45,
        41.2,
        '令和4年度',
        null,
        '市民意識調査は隔年実施のため、前回（令和4年度）調査結果を記載',
      ]);
      put(ws, 6, 1, ['空き店舗への新規出店数', '件', 6, 7, '令和5年度']);
    },
    expected: {
      file: 'h18-other-year-actual.xlsx',
      fiscalYear: 2023,
      indicators: [
        ind(s, '中心市街地の歩行者通行量（休日）', '人/日', 6500, 5980),
        ind(s, 'まちなかの居心地に満足している市民の割合', '％', 45, 41.2),
        ind(s, '空き店舗への新規出店数', '件', 6, 7),
      ],
      groups: [],
      guesses: ['other-year'],
    },
  };
})();

/** Target heading in 千人, actual heading in 人 for the same indicator; the clerk converts the actual to 千人. */
const unitMismatch: Holdout18Workbook = (() => {
  const s = '観光';
  return {
    name: 'h18-unit-mismatch',
    layout: 'columns 目標値（千人）and 実績値（人） for visitor counts, plus rows whose unit column agrees; FY2023 in the title',
    build(wb) {
      const ws = wb.addWorksheet(s);
      put(ws, 1, 1, ['観光振興計画　数値目標の進捗（FY2023）']);
      put(ws, 3, 1, ['数値目標', '目標値（千人）', '実績値（人）', '備考']);
      put(ws, 4, 1, ['観光入込客数', 1200, 1086400, '県観光統計']);
      put(ws, 5, 1, ['宿泊客数', 240, 251300, '県観光統計']);
      put(ws, 6, 1, ['外国人宿泊客数', 15, 9870, '県観光統計（速報値ではなく確定値）']);
      put(ws, 8, 1, ['※目標値は計画書の表記（千人単位）、実績値は統計の公表値（人）をそのまま記載。']);
      ws.getColumn(1).width = 20;
    },
    expected: {
      file: 'h18-unit-mismatch.xlsx',
      fiscalYear: 2023,
      indicators: [ind(s, '観光入込客数', '千人', 1200, 1086.4), ind(s, '宿泊客数', '千人', 240, 251.3), ind(s, '外国人宿泊客数', '千人', 15, 9.87)],
      groups: [],
    },
  };
})();

/** A ％ indicator whose target is "基準値＋2.0ポイント"; the clerk adds it to the 基準値 (a reading resting on the baseline). */
const pointTarget: Holdout18Workbook = (() => {
  const s = '総合戦略';
  return {
    name: 'h18-point-target',
    layout: 'KPI rows with 基準値（H30）, 目標（R5） written "＋2.0ポイント" for one ％ indicator, 実績（R5）',
    build(wb) {
      const ws = wb.addWorksheet(s);
      put(ws, 1, 2, ['令和5年度　第2期総合戦略　重要業績評価指標（KPI）']);
      put(ws, 3, 2, ['KPI', '単位', '基準値（H30）', '目標（R5）', '実績（R5）', '備考']);
      put(ws, 4, 2, ['「住み続けたい」と答えた市民の割合', '％', 72.5, '＋2.0ポイント', 73.9, '基準値からの増加幅']);
      put(ws, 5, 2, ['合計特殊出生率', '－', 1.38, 1.45, 1.31]);
      put(ws, 6, 2, ['市内高校卒業者の市内就職率', '％', 28.4, 32, 30.1]);
    },
    expected: {
      file: 'h18-point-target.xlsx',
      fiscalYear: 2023,
      indicators: [
        ind(s, '「住み続けたい」と答えた市民の割合', '％', 74.5, 73.9),
        ind(s, '合計特殊出生率', null, 1.45, 1.31),
        ind(s, '市内高校卒業者の市内就職率', '％', 32, 30.1),
      ],
      groups: [],
      guesses: ['target-from-baseline'],
    },
  };
})();

/** No year anywhere: one 目標/実績 pair, figures as text with 約/程度 and full-width digits. */
const noYearApprox: Holdout18Workbook = (() => {
  const s = '事業実績';
  return {
    name: 'h18-no-year-approx',
    layout: 'no evaluation year stated; 目標/実績 text with units, 約 and 程度, full-width digits; 備考 column',
    build(wb) {
      const ws = wb.addWorksheet(s);
      put(ws, 1, 1, ['子育て支援課　主要事業の実績']);
      put(ws, 3, 1, ['事業', '指標', '目標', '実績', '備考']);
      put(ws, 4, 1, ['ファミリー・サポート事業', '援助活動件数', '１，５００件', '約１，３２０件', '集計システム更新のため概数']);
      put(ws, 5, 1, ['病児保育事業', '延べ利用児童数', '８００人', '８４６人']);
      put(ws, 6, 1, ['子育て広場運営事業', '延べ来場者数', '12,000人程度', '約9,100人', '来場者カウンターによる概数']);
      put(ws, 7, 1, ['乳幼児健診', '受診率', '98％', '96.4％']);
    },
    expected: {
      file: 'h18-no-year-approx.xlsx',
      indicators: [
        ind(s, '援助活動件数', '件', 1500, 1320, { actualStatus: 'approximate' }),
        ind(s, '延べ利用児童数', '人', 800, 846),
        ind(s, '延べ来場者数', '人', 12000, 9100, { actualStatus: 'approximate' }),
        ind(s, '受診率', '％', 98, 96.4),
      ],
      groups: [],
      guesses: ['period'],
    },
  };
})();

/** KPI × fiscal-year columns (FY2021…FY2024) with actuals through FY2023, no year stated as the evaluation's. */
const noYearPeriods: Holdout18Workbook = (() => {
  const s = 'KPI推移';
  return {
    name: 'h18-no-year-periods',
    layout: 'no evaluation year stated; KPI blocks of 目標値/実績値 rows under FY2021…FY2024 columns, FY2024 actuals empty',
    build(wb) {
      const ws = wb.addWorksheet(s);
      put(ws, 1, 1, ['地域公共交通計画　評価指標の推移']);
      put(ws, 3, 1, ['評価指標', '区分', 'FY2021', 'FY2022', 'FY2023', 'FY2024', '単位']);
      put(ws, 4, 1, ['コミュニティバス年間利用者数', '目標値', 52000, 54000, 56000, 58000, '人']);
      put(ws, 5, 1, [null, '実績値', 49870, 51230, 53410, null, '人']);
      put(ws, 6, 1, ['デマンド交通登録者数', '目標値', 900, 1000, 1100, 1200, '人']);
      put(ws, 7, 1, [null, '実績値', 812, 1043, 1189, null, '人']);
      put(ws, 8, 1, ['公共交通の収支率', '目標値', 20, 21, 22, 23, '％']);
      put(ws, 9, 1, [null, '実績値', 16.2, 14.8, 12.9, null, '％']);
      ws.mergeCells('A4:A5');
      ws.mergeCells('A6:A7');
      ws.mergeCells('A8:A9');
    },
    expected: {
      file: 'h18-no-year-periods.xlsx',
      fiscalYear: 2023,
      indicators: [
        ind(s, 'コミュニティバス年間利用者数', '人', 56000, 53410),
        ind(s, 'デマンド交通登録者数', '人', 1100, 1189),
        ind(s, '公共交通の収支率', '％', 22, 12.9),
      ],
      groups: [],
      guesses: ['period'],
    },
  };
})();

export const OTHER_WORKBOOKS: Holdout18Workbook[] = [otherYearActual, unitMismatch, pointTarget, noYearApprox, noYearPeriods];
