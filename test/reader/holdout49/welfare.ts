/** Hold-out 49: an 教育委員会 点検・評価報告書, a 子ども・子育て支援事業計画 実施状況 and a 介護保険事業計画 計画対比. */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const wrap = (ws: Worksheet, row: number) => {
  ws.getRow(row).alignment = { wrapText: true, vertical: 'middle' };
};

// ---------------------------------------------------------------------------------------------
// 1. 教育委員会の点検・評価報告書: the report written in R5 about R4 (令和４年度対象), 基本方針 merged down column A.
const KY = '点検・評価';
const kyoiku: Holdout2Workbook = {
  name: 'h49-kyoiku-tenken',
  layout: '教育委員会 点検・評価報告書（R5 の報告書で R4 が対象）, 基本方針 merged down, 以下 in the target cell, 集計中, 評価 A–D',
  build(wb) {
    const ws = wb.addWorksheet(KY);
    ws.getColumn(3).width = 44;
    put(ws, 1, 1, ['令和５年度 教育委員会の権限に属する事務の管理及び執行の状況の点検及び評価報告書（令和４年度対象）']);
    ws.mergeCells(1, 1, 1, 9);
    put(ws, 2, 8, ['教育委員会事務局 教育総務課']);
    put(ws, 4, 1, ['１　教育振興基本計画の成果指標の状況']);
    put(ws, 5, 1, ['基本方針', 'No.', '成果指標', '単位', '基準値\n（令和元年度）', '目標値\n（令和４年度）', '実績値\n（令和４年度）', '評価', '備考']);
    wrap(ws, 5);
    const rows: (string | number)[][] = [
      [1, '「授業の内容がよく分かる」と回答した児童の割合（小学6年）', '％', 80.2, 85.0, 82.4, 'B', '全国学力・学習状況調査 質問紙'],
      [2, '「授業の内容がよく分かる」と回答した生徒の割合（中学3年）', '％', 70.5, 80.0, 74.1, 'B', ''],
      [3, '不登校生徒の出現率（中学校）', '％', 4.31, '3.50以下', 5.12, 'B', '全国平均 5.98％'],
      [4, '児童生徒1人当たり学校図書館貸出冊数', '冊', 44.6, 50.0, 47.3, 'B', ''],
      [5, '新体力テスト総合評価A・Bの児童生徒の割合', '％', 48.2, 55.0, 53.8, 'B', ''],
      [6, '市立図書館の年間貸出冊数', '冊', 801245, 850000, 812436, 'B', '電子書籍を含む'],
      [7, '公民館講座の延べ参加者数', '人', 11420, 12000, 13204, 'A', ''],
      [8, '文化財公開施設の入館者数', '人', 21300, 25000, '集計中', '', '指定管理者からの報告待ち'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 2, r));
    put(ws, 6, 1, ['確かな学力と豊かな心の育成']);
    ws.mergeCells(6, 1, 8, 1);
    put(ws, 9, 1, ['健やかな体の育成と読書活動の推進']);
    ws.mergeCells(9, 1, 10, 1);
    put(ws, 11, 1, ['生涯学習・文化の振興']);
    ws.mergeCells(11, 1, 13, 1);
    put(ws, 15, 1, ['※評価基準　A：目標達成（100％以上）　B：概ね達成（80％以上）　C：一部未達成（60％以上）　D：未達成（60％未満）']);
    put(ws, 16, 1, ['※不登校生徒の出現率は低いほど良い指標です。']);
    put(ws, 18, 1, ['２　学識経験者の意見']);
    put(ws, 19, 1, ['学力に関する指標は改善傾向にあるが、不登校の出現率は全国と同様に増加しており、関係機関と連携した支援の充実が望まれる。']);
    ws.mergeCells(19, 1, 21, 9);
  },
  expected: {
    file: 'h49-kyoiku-tenken.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(KY, '「授業の内容がよく分かる」と回答した児童の割合（小学6年）', '％', 85, 82.4, { existing: 'B' }),
      ind(KY, '「授業の内容がよく分かる」と回答した生徒の割合（中学3年）', '％', 80, 74.1, { existing: 'B' }),
      ind(KY, '不登校生徒の出現率（中学校）', '％', 3.5, 5.12, { direction: 'down', existing: 'B' }),
      ind(KY, '児童生徒1人当たり学校図書館貸出冊数', '冊', 50, 47.3, { existing: 'B' }),
      ind(KY, '新体力テスト総合評価A・Bの児童生徒の割合', '％', 55, 53.8, { existing: 'B' }),
      ind(KY, '市立図書館の年間貸出冊数', '冊', 850000, 812436, { existing: 'B' }),
      ind(KY, '公民館講座の延べ参加者数', '人', 12000, 13204, { existing: 'A' }),
      ind(KY, '文化財公開施設の入館者数', '人', 25000, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 2. 子ども・子育て支援事業計画: 量の見込み / 確保方策 / 確保の実績 / 利用実績 under one merged 令和５年度 heading, a 達成率（③÷②） column.
const KO = '実施状況';
const KOSODATE: [string, string, number, number, number, number][] = [
  ['1号認定（3～5歳・教育）', '人', 1850, 2100, 2050, 1712],
  ['2号認定（3～5歳・保育）', '人', 1920, 1950, 1950, 1901],
  ['3号認定（0歳）', '人', 310, 330, 300, 296],
  ['3号認定（1・2歳）', '人', 1120, 1150, 1090, 1102],
  ['放課後児童健全育成事業', '人', 1480, 1500, 1380, 1455],
  ['一時預かり事業（幼稚園型以外）', '人日', 9800, 10000, 7200, 6130],
  ['病児保育事業', '人日', 2400, 2400, 1440, 1102],
  ['子育て短期支援事業（ショートステイ）', '人日', 120, 150, 150, 84],
];
const kosodate: Holdout2Workbook = {
  name: 'h49-kosodate-kakuho',
  layout:
    '子ども・子育て支援事業計画 実施状況: ①量の見込み ②確保方策 ③確保の実績 （参考）利用実績 and 達成率（③÷②）, a section row between the two kinds of 事業',
  build(wb) {
    const ws = wb.addWorksheet(KO);
    ws.getColumn(1).width = 34;
    put(ws, 1, 1, ['第２期○○市子ども・子育て支援事業計画　令和５年度 実施状況（点検・評価）']);
    put(ws, 2, 7, ['こども未来部 こども政策課']);
    put(ws, 4, 1, ['１　教育・保育及び地域子ども・子育て支援事業の量の見込みと確保方策']);
    put(ws, 5, 1, ['区分', '単位', '令和５年度', undefined, undefined, undefined, undefined, '今後の方向性']);
    ws.mergeCells(5, 3, 5, 7);
    put(ws, 6, 3, ['①量の見込み', '②確保方策\n（計画値）', '③確保の実績', '（参考）\n利用実績', '達成率\n（③÷②）']);
    ws.mergeCells(5, 1, 6, 1);
    ws.mergeCells(5, 2, 6, 2);
    ws.mergeCells(5, 8, 6, 8);
    wrap(ws, 6);
    let r = 7;
    put(ws, r++, 1, ['【教育・保育】']);
    KOSODATE.forEach(([name, unit, need, plan, got, used], i) => {
      if (i === 4) put(ws, r++, 1, ['【地域子ども・子育て支援事業】']);
      put(ws, r, 1, [name, unit, need, plan, got, used, got / plan, i === 5 ? '見直し' : '継続']);
      ws.getCell(r, 7).numFmt = '0.0%';
      for (let c = 3; c <= 6; c++) ws.getCell(r, c).numFmt = '#,##0';
      r++;
    });
    put(ws, r + 1, 1, ['※量の見込み及び確保方策は計画策定時（中間見直し後）の数値。利用実績は参考値。']);
    put(ws, r + 2, 1, ['※令和6年4月1日現在の保育所等待機児童数：3人（前年同期 5人）']);
  },
  expected: {
    file: 'h49-kosodate-kakuho.xlsx',
    fiscalYear: 2023,
    indicators: KOSODATE.map(([name, unit, , plan, got]) => ind(KO, name, unit, plan, got)),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 3. 介護保険事業計画 計画対比: three fiscal years side by side (計画値 / 実績値 / 対計画比 each), R5 the one evaluated; a （参考）給付費 table below.
const KA = '計画対比';
const KAIGO: [string | undefined, string, string, number[]][] = [
  ['認定者', '要介護（要支援）認定者数', '人', [5610, 5588, 5720, 5650, 5820, 5704]],
  ['居宅サービス', '訪問介護', '回/月', [17200, 16830, 17800, 16955, 18400, 17232]],
  [undefined, '通所介護', '回/月', [11900, 12240, 12250, 12710, 12600, 13015]],
  [undefined, '短期入所生活介護', '日/月', [3700, 3010, 3800, 3050, 3900, 3120]],
  ['施設サービス', '介護老人福祉施設', '人/月', [410, 409, 415, 416, 420, 418]],
  [undefined, '介護老人保健施設', '人/月', [250, 231, 250, 222, 250, 214]],
  ['地域密着型サービス', '認知症対応型共同生活介護', '人/月', [126, 120, 135, 126, 144, 133]],
];
const kaigo: Holdout2Workbook = {
  name: 'h49-kaigo-keikakuhi',
  layout:
    '介護保険事業計画 計画値と実績値: R3/R4/R5 each 計画値・実績値・対計画比, evaluation R5 stated under the title, a （参考）給付費 table in the same columns below',
  build(wb) {
    const ws = wb.addWorksheet(KA);
    ws.getColumn(2).width = 26;
    put(ws, 1, 1, ['第８期介護保険事業計画　計画値と実績値の比較']);
    put(ws, 2, 1, ['（評価対象年度：令和５年度）']);
    put(ws, 2, 10, ['健康福祉部 長寿介護課']);
    put(ws, 4, 1, ['区分', 'サービス種別', '単位', '令和３年度', undefined, undefined, '令和４年度', undefined, undefined, '令和５年度']);
    ws.mergeCells(4, 4, 4, 6);
    ws.mergeCells(4, 7, 4, 9);
    ws.mergeCells(4, 10, 4, 12);
    for (let c = 1; c <= 3; c++) ws.mergeCells(4, c, 5, c);
    for (let k = 0; k < 3; k++) put(ws, 5, 4 + 3 * k, ['計画値', '実績値', '対計画比']);
    let r = 6;
    let groupStart = 6;
    KAIGO.forEach(([group, name, unit, v], i) => {
      if (group) {
        put(ws, r, 1, [group]);
        groupStart = r;
      }
      put(ws, r, 2, [name, unit]);
      for (let k = 0; k < 3; k++) {
        put(ws, r, 4 + 3 * k, [v[2 * k], v[2 * k + 1], v[2 * k + 1] / v[2 * k]]);
        ws.getCell(r, 6 + 3 * k).numFmt = '0.0%';
      }
      const next = KAIGO[i + 1];
      if ((!next || next[0]) && r > groupStart) ws.mergeCells(groupStart, 1, r, 1);
      r++;
    });
    put(ws, r + 1, 1, ['（参考）給付費の状況（単位：千円）']);
    const kyufu: [string, number[]][] = [
      ['総給付費', [6120000, 5984210, 6270000, 6102330, 6420000, 6180330]],
      ['地域支援事業費', [302000, 287440, 308000, 291060, 315000, 296780]],
    ];
    kyufu.forEach(([label, v], i) => {
      put(ws, r + 2 + i, 2, [label, '千円']);
      for (let k = 0; k < 3; k++) {
        put(ws, r + 2 + i, 4 + 3 * k, [v[2 * k], v[2 * k + 1], v[2 * k + 1] / v[2 * k]]);
        ws.getCell(r + 2 + i, 6 + 3 * k).numFmt = '0.0%';
      }
    });
    put(ws, r + 5, 1, ['※実績値は介護保険事業状況報告（年報）による。サービス量は月平均。']);
    put(ws, r + 6, 1, ['※対計画比＝実績値÷計画値']);
  },
  expected: {
    file: 'h49-kaigo-keikakuhi.xlsx',
    fiscalYear: 2023,
    indicators: KAIGO.map(([, name, unit, v]) => ind(KA, name, unit, v[4], v[5])),
    groups: [],
  },
};

export const WELFARE_WORKBOOKS: Holdout2Workbook[] = [kyoiku, kosodate, kaigo];
