/** Hold-out 55, environment and facilities: an 環境基本計画 annual report's indicator list, a ごみ処理基本計画 progress report, a 公共施設等総合管理計画's targets. */
import type { Workbook } from 'exceljs';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind } from '../holdout2/kit';
import { comma, fin, merged, put } from './util';

/** 環境基本計画 年次報告書 資料編: indicators grouped by merged 基本目標 cells, R1 base, R3–R5 actuals, R7 target, ◎○△× marks, a 参考 row and a budget table beside. */
const ENV: Holdout2Workbook = {
  name: 'h55-env-annual-report',
  layout:
    '環境基本計画 年次報告書の環境指標一覧: merged 基本目標 column, R3–R5 actual columns and the R7 target only, 目指す方向 column, ◎○×, a (参考) row, a budget table beside',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('指標一覧');
    ws.getCell('A1').value = '第3次○○市環境基本計画　年次報告書（令和5年度の取組）';
    ws.getCell('A2').value = '資料編　２　環境指標の進捗状況';
    ws.getCell('K3').value = '環境部 環境政策課';
    put(ws, 5, 1, ['基本目標', 'No.', '環境指標', '単位', '基準値（R1）', 'R3実績', 'R4実績', 'R5実績', '目標値（R7）', '目指す方向', '評価']);
    merged(ws, 'A6:A9', '1 脱炭素社会の実現');
    put(ws, 6, 2, [1, '市域の温室効果ガス排出量', '千t-CO2', 1012, 955, 948, 930, 850, '減少', '○']);
    put(ws, 7, 2, [2, '市の事務事業に伴う二酸化炭素排出量', 't-CO2', 18420, 17300, 16950, 16210, 14700, '減少', '○']);
    put(ws, 8, 2, [3, '住宅用太陽光発電設備の設置件数（累計）', '件', 3150, 3620, 3880, 4105, 5000, '増加', '○']);
    put(ws, 9, 2, ['参考', '（参考）市民1人当たりの温室効果ガス排出量', 't-CO2/人', 9.0, 8.5, 8.4, 8.3, '－', '－', '－']);
    merged(ws, 'A10:A11', '2 循環型社会の形成');
    put(ws, 10, 2, [4, 'リサイクル率', '%', 19.8, 20.4, 20.1, 20.9, 25.0, '増加', '○']);
    put(ws, 11, 2, [5, '不法投棄の処理件数', '件', 86, 71, 64, 58, 50, '減少', '○']);
    merged(ws, 'A12:A13', '3 自然と共生するまち');
    put(ws, 12, 2, [6, '緑化活動への市民参加者数', '人', 1240, 620, 890, 1180, 1500, '増加', '×']);
    put(ws, 13, 2, [7, '河川のBOD環境基準達成率', '%', 91.7, 100, 91.7, 100, 100, '維持', '◎']);
    put(ws, 14, 1, ['4 環境を学び行動する人づくり', 8, '環境出前講座の実施回数', '回', 24, 12, 20, 27, 30, '増加', '○']);
    comma(ws, 6, 5, 14, 9);
    ws.getCell('E9').numFmt = '0.0';
    ws.getCell('E10').numFmt = '0.0';
    ws.getCell('I10').numFmt = '0.0';
    ws.getCell('A16').value = '※評価　◎：目標値を達成　○：基準値より改善　△：基準値と同程度　×：基準値より悪化';
    ws.getCell('A17').value = '※No.6は新型コロナウイルス感染症の影響により令和3年度は活動を縮小しました。';
    ws.getCell('D6').note = '千t-CO2＝1,000トン（二酸化炭素換算）';
    put(ws, 5, 13, ['（参考）環境関連の主な事業費']);
    put(ws, 6, 13, ['事業名', 'R5予算額（千円）', 'R5決算額（千円）']);
    put(ws, 7, 13, ['住宅用太陽光発電設備設置補助', 12000, 11450]);
    put(ws, 8, 13, ['環境美化推進事業', 4800, 4632]);
    put(ws, 9, 13, ['緑のまちづくり事業', 6500, 5980]);
    put(ws, 10, 13, ['環境教育推進事業', 1200, 1088]);
    comma(ws, 7, 14, 10, 15);
  },
  expected: {
    file: 'h55-env-annual-report.xlsx',
    fiscalYear: 2023,
    indicators: [
      fin('指標一覧', '市域の温室効果ガス排出量', '千t-CO2', 850, 930, { direction: 'down', existing: '○' }),
      fin('指標一覧', '市の事務事業に伴う二酸化炭素排出量', 't-CO2', 14700, 16210, { direction: 'down', existing: '○' }),
      fin('指標一覧', '住宅用太陽光発電設備の設置件数（累計）', '件', 5000, 4105, { existing: '○' }),
      fin('指標一覧', 'リサイクル率', '%', 25.0, 20.9, { existing: '○' }),
      fin('指標一覧', '不法投棄の処理件数', '件', 50, 58, { direction: 'down', existing: '○' }),
      fin('指標一覧', '緑化活動への市民参加者数', '人', 1500, 1180, { existing: '×' }),
      fin('指標一覧', '河川のBOD環境基準達成率', '%', 100, 100, { existing: '◎' }),
      fin('指標一覧', '環境出前講座の実施回数', '回', 30, 27, { existing: '○' }),
    ],
    groups: [],
  },
};

/** ごみ処理基本計画 進捗: H30 base to R5 actuals, a 中間目標（R5） and a 最終目標（R9）, a 方向 column (減少/増加), a (参考) population row. */
const WASTE: Holdout2Workbook = {
  name: 'h55-waste-plan-progress',
  layout:
    'ごみ処理基本計画 進捗状況: years H30…R5 as columns, 中間目標（R5） and 最終目標（R9） columns, 方向 column 減少/増加, g/人日 units, a (参考) 総人口 row, a 作成日 of the next year',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('進捗状況');
    ws.getCell('A1').value = '○○市一般廃棄物（ごみ）処理基本計画　進捗状況報告書（令和5年度実績）';
    ws.getCell('A2').value = '生活環境部　清掃課';
    ws.getCell('K2').value = '令和6年7月作成';
    put(ws, 4, 1, ['項目', '単位', '方向', 'H30（基準年度）', 'R元', 'R2', 'R3', 'R4', 'R5', '中間目標（R5）', '最終目標（R9）', '備考']);
    put(ws, 5, 1, ['1人1日あたりごみ排出量', 'g/人日', '減少', 952, 948, 961, 940, 925, 911, 900, 850]);
    put(ws, 6, 1, ['1人1日あたり家庭系ごみ排出量（資源物を除く）', 'g/人日', '減少', 548, 551, 578, 560, 541, 528, 520, 490, 'R2は在宅時間の増加による']);
    put(ws, 7, 1, ['事業系ごみ排出量', 't/年', '減少', 12840, 12600, 11200, 11650, 11820, 11930, 11500, 10800]);
    put(ws, 8, 1, ['リサイクル率', '%', '増加', 18.4, 18.9, 19.6, 19.2, 19.0, 18.7, 22.0, 25.0, '店頭回収分を含まない']);
    put(ws, 9, 1, ['最終処分量', 't/年', '減少', 3420, 3380, 3300, 3150, 3010, 2880, 3000, 2700]);
    put(ws, 10, 1, ['集団資源回収量', 't/年', '増加', 2150, 2080, 1860, 1790, 1705, 1622, 2200, 2300, '実施団体の減少']);
    put(ws, 11, 1, ['（参考）総人口（10月1日現在）', '人', '－', 86412, 86020, 85633, 85102, 84560, 83981, '－', '－']);
    comma(ws, 5, 4, 11, 11);
    for (let c = 4; c <= 11; c++) ws.getCell(8, c).numFmt = '0.0';
    ws.getCell('A13').value = '※方向：減少＝少ないほど良い指標、増加＝多いほど良い指標';
    ws.getCell('A14').value = '※1人1日あたり排出量＝年間排出量÷人口÷年間日数';
    ws.getCell('A15').value = '※中間目標は計画の中間年度（令和5年度）の目標値';
  },
  expected: {
    file: 'h55-waste-plan-progress.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('進捗状況', '1人1日あたりごみ排出量', 'g/人日', 900, 911, { direction: 'down' }),
      ind('進捗状況', '1人1日あたり家庭系ごみ排出量（資源物を除く）', 'g/人日', 520, 528, { direction: 'down' }),
      ind('進捗状況', '事業系ごみ排出量', 't/年', 11500, 11930, { direction: 'down' }),
      ind('進捗状況', 'リサイクル率', '%', 22.0, 18.7),
      ind('進捗状況', '最終処分量', 't/年', 3000, 2880, { direction: 'down' }),
      ind('進捗状況', '集団資源回収量', 't/年', 2200, 1622),
    ],
    groups: [],
  },
};

/** 公共施設等総合管理計画: H28 base, R4 and R5 year-end, R8 target, 目標の考え方 (縮減 / 増加), a footnote that 縮減 means fewer is better, a second sheet of floor area by type. */
const FACILITY: Holdout2Workbook = {
  name: 'h55-facility-management-targets',
  layout:
    '公共施設等総合管理計画 数値目標: 延床面積・施設数 縮減 (lower is better, said in 目標の考え方 and a footnote), 年度末 columns, R8 final target only, a second sheet of floor area by type with a 計 row',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('数値目標');
    ws.getCell('A1').value = '○○市公共施設等総合管理計画　数値目標の進捗状況';
    ws.getCell('A2').value = '（令和5年度末現在）';
    ws.getCell('H2').value = '財政部 資産経営課';
    put(ws, 4, 1, ['No.', '指標', '単位', '基準値（平成28年度末）', '令和4年度末', '令和5年度末', '目標値（令和8年度末）', '目標の考え方', '備考']);
    put(ws, 5, 1, [1, '公共建築物の延床面積', '㎡', 412300, 401880, 398750, 371070, '基準値から10％縮減', '小学校2校の統合により減']);
    put(ws, 6, 1, [2, '公共建築物の施設数', '施設', 318, 309, 305, 290, '縮減']);
    put(ws, 7, 1, [3, '長寿命化改修を実施した施設数（累計）', '施設', 0, 11, 14, 30, '増加']);
    put(ws, 8, 1, [4, '未利用財産の売却件数（累計）', '件', 0, 8, 11, 15, '増加', '旧給食センター用地ほか']);
    put(ws, 9, 1, [5, '橋りょうの修繕着手率', '%', 12.0, 51.2, 64.5, 100, '向上', '長寿命化修繕計画の対象橋りょう']);
    put(ws, 10, 1, [6, '個別施設計画の策定率', '%', 35.0, 100, 100, 100, '100％を維持']);
    comma(ws, 5, 4, 6, 7);
    ws.getCell('D9').numFmt = '0.0';
    ws.getCell('D10').numFmt = '0.0';
    ws.getCell('A12').value = '※延床面積及び施設数は縮減目標であり、数値が小さいほど良い指標です。';
    ws.getCell('A13').value = '※令和5年度末＝令和6年3月31日現在';
    const t = wb.addWorksheet('類型別延床面積');
    t.getCell('A1').value = '（参考）施設類型別の延床面積（令和5年度末）';
    put(t, 3, 1, ['施設類型', '施設数', '延床面積（㎡）', '構成比（％）']);
    put(t, 4, 1, ['学校教育系施設', 28, 168420, 42.2]);
    put(t, 5, 1, ['市民文化系施設', 41, 52310, 13.1]);
    put(t, 6, 1, ['公営住宅', 22, 61880, 15.5]);
    put(t, 7, 1, ['スポーツ・レクリエーション系施設', 19, 38950, 9.8]);
    put(t, 8, 1, ['行政系施設', 35, 31240, 7.8]);
    put(t, 9, 1, ['その他', 160, 45950, 11.5]);
    put(t, 10, 1, ['計', 305, 398750, 100.0]);
    comma(t, 4, 3, 10, 3);
  },
  expected: {
    file: 'h55-facility-management-targets.xlsx',
    fiscalYear: 2023,
    indicators: [
      fin('数値目標', '公共建築物の延床面積', '㎡', 371070, 398750, { direction: 'down' }),
      fin('数値目標', '公共建築物の施設数', '施設', 290, 305, { direction: 'down' }),
      fin('数値目標', '長寿命化改修を実施した施設数（累計）', '施設', 30, 14),
      fin('数値目標', '未利用財産の売却件数（累計）', '件', 15, 11),
      fin('数値目標', '橋りょうの修繕着手率', '%', 100, 64.5),
      fin('数値目標', '個別施設計画の策定率', '%', 100, 100),
    ],
    groups: [],
  },
};

export const ENVIRONMENT_WORKBOOKS: Holdout2Workbook[] = [ENV, WASTE, FACILITY];
