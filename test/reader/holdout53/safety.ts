/**
 * Hold-out 53, practical documents outside the four families (2): an 教育振興基本計画 点検・評価 with the indicators
 * as columns (単位/基準値/目標値/実績値/方向/評価 as rows), a 交通安全計画 progress table of calendar-year accident
 * figures against the plan's final 「以下」 targets, and a 防災 備蓄 table with stock per warehouse and a 計 column.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------
// 4. 教育振興基本計画: indicators across, measures down
// ---------------------------------------------------------------------------------------------
const EDU_SHEET = '基本方針1';
/** name, unit, 基準値 (R3), R5 目標, R5 実績, 方向 mark, 評価 written, 出典 */
const EDU_COLS: [string, string, number, number, number, '↑' | '↓', string, string][] = [
  ['平均正答率の対全国比（小学6年 国語）', '指数', 99.1, 102, 101.4, '↑', 'B', '全国学力・学習状況調査'],
  ['平均正答率の対全国比（中学3年 数学）', '指数', 95.2, 100, 96.8, '↑', 'B', '全国学力・学習状況調査'],
  ['授業がよく分かると答えた児童生徒の割合', '％', 78.6, 85.0, 81.2, '↑', 'A', '市学習状況アンケート'],
  ['新体力テスト 体力合計点（小学5年 男子）', '点', 52.8, 54.5, 55.1, '↑', 'A', '全国体力・運動能力等調査'],
  ['不登校児童生徒の出現率', '％', 1.62, 1.8, 2.34, '↓', 'C', '児童生徒の問題行動・不登校等調査'],
  ['学校図書館の児童1人当たり年間貸出冊数', '冊', 54.2, 60, 63.4, '↑', 'A', '学校図書館システム'],
];

const EDU: Holdout2Workbook = {
  name: 'h53-education-transposed',
  layout: '教育振興基本計画の点検・評価: 指標が列、行が単位・基準値(R3)・R5目標値・R5実績値・目指す方向(↑↓)・教育委員会の評価・出典、上に施策の文',
  build(wb) {
    const ws = wb.addWorksheet(EDU_SHEET);
    ws.getCell('A1').value = '令和5年度 ○○市教育委員会の事務の管理及び執行状況の点検・評価';
    ws.getCell('A2').value = '基本方針1　確かな学力と健やかな体の育成';
    ws.getCell('A3').value = '（主な取組）学力向上推進事業、ICTを活用した個別最適な学び、体力向上プランの実施';
    ws.mergeCells('A3:H3');
    ws.getCell('H2').value = '学校教育課';
    const labels = ['指標', '単位', '基準値（R3）', 'R5目標値', 'R5実績値', '目指す方向', '教育委員会の評価', '出典'];
    labels.forEach((l, i) => (ws.getCell(5 + i, 1).value = l));
    EDU_COLS.forEach((c, j) => c.forEach((v, i) => (ws.getCell(5 + i, 3 + j).value = v)));
    ws.getCell(14, 1).value = '※対全国比：全国の平均正答率を100とした指数。体力合計点は80点満点。';
    ws.getCell(15, 1).value = '※評価　A：目標達成　B：目標の8割以上　C：6割以上　D：6割未満';
    ws.getCell(17, 1).value = '【学識経験者の意見】国語は全国を上回る水準を維持しているが、数学は依然として課題がある。不登校の増加は全国的な傾向であるが…';
    ws.mergeCells('A17:H19');
    ws.getColumn(1).width = 16;
  },
  expected: {
    file: 'h53-education-transposed.xlsx',
    fiscalYear: 2023,
    indicators: EDU_COLS.map(([name, unit, , target, actual, mark, existing]) =>
      ind(EDU_SHEET, name, unit, target, actual, { direction: mark === '↓' ? 'down' : 'up', existing }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 5. 交通安全計画: calendar-year accident figures, final targets 「以下」/「以上」
// ---------------------------------------------------------------------------------------------
const TRAFFIC_SHEET = '交通事故の推移と目標';
/** name, unit, 基準 (H27〜R2平均), R3, R4, R5, R7 目標 (text), direction */
const TRAFFIC_ROWS: [string, string, number, number, number, number, number, '以下' | '以上'][] = [
  ['交通事故死者数', '人', 6.2, 5, 7, 4, 3, '以下'],
  ['交通事故重傷者数', '人', 88, 71, 69, 74, 60, '以下'],
  ['人身事故発生件数', '件', 812, 598, 612, 587, 500, '以下'],
  ['高齢者（65歳以上）が第一当事者となった事故件数', '件', 176, 139, 151, 160, 120, '以下'],
  ['人口10万人当たり交通事故死者数', '人', 3.4, 2.8, 3.9, 2.3, 1.7, '以下'],
  ['自転車乗用中のヘルメット着用率', '％', 8.5, 10.2, 12.4, 21.6, 50, '以上'],
  ['交通安全教室の受講者数', '人', 14200, 9850, 12300, 13960, 15000, '以上'],
];

const TRAFFIC: Holdout2Workbook = {
  name: 'h53-traffic-safety-plan',
  layout: '交通安全計画の進捗: 暦年の実績R3〜R5（令和5年）、最終目標「3人以下」「50％以上」の列だけ、人口10万人当たりの指標、右に参考の県内死者数',
  build(wb) {
    const ws = wb.addWorksheet(TRAFFIC_SHEET);
    ws.getCell('A1').value = '第11次○○市交通安全計画（令和3年度〜令和7年度）の進捗状況';
    ws.getCell('A2').value = '令和5年度 進捗評価　（令和6年3月 ○○市交通安全対策会議 資料2。事故の件数・人数は暦年）';
    ws.getCell('A3').value = '市民安全課';
    put(ws, 5, 1, ['項目', '単位', '基準\n（H27〜R2平均）', '令和3年', '令和4年', '令和5年', '目標\n（令和7年）', '前年比']);
    TRAFFIC_ROWS.forEach(([name, unit, base, r3, r4, r5, target, word], i) =>
      put(ws, 6 + i, 1, [
        name,
        unit,
        base,
        r3,
        r4,
        r5,
        `${target.toLocaleString('en-US')}${unit}${word}`,
        r5 - r4 >= 0 ? `+${+(r5 - r4).toFixed(1)}` : `△${+(r4 - r5).toFixed(1)}`,
      ]),
    );
    const foot = 6 + TRAFFIC_ROWS.length;
    ws.getCell(foot, 1).value = '※令和5年の数値は確定値（県警察本部「交通統計」令和6年3月公表）。ヘルメット着用率・受講者数は年度。';
    ws.getCell(foot + 1, 1).value = '※死者数は事故発生から24時間以内の死者。';
    put(ws, 5, 10, ['（参考）県内の交通事故死者数（人）']);
    put(ws, 6, 10, ['令和3年', 48]);
    put(ws, 7, 10, ['令和4年', 52]);
    put(ws, 8, 10, ['令和5年', 45]);
    ws.getColumn(1).width = 36;
  },
  expected: {
    file: 'h53-traffic-safety-plan.xlsx',
    fiscalYear: 2023,
    indicators: TRAFFIC_ROWS.map(([name, unit, , , , r5, target, word]) => ({
      ...ind(TRAFFIC_SHEET, name, unit, target, r5, { direction: word === '以下' ? 'down' : 'up' }),
      targetSource: 'final',
    })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 6. 防災 備蓄: stock per warehouse and a 計 column against the 備蓄目標数量
// ---------------------------------------------------------------------------------------------
const STOCK_SHEET = '備蓄状況';
/** 品目, unit, 目標数量, 中央, 東部, 指定避難所, 備考 */
const STOCK_ROWS: [string, string, number, number, number, number, string?][] = [
  ['アルファ化米等（主食）', '食', 72000, 28000, 15500, 24300],
  ['飲料水（保存水）', 'L', 54000, 21600, 9600, 14400, 'R5更新分 6,000L 購入'],
  ['毛布', '枚', 12000, 4800, 2400, 5760],
  ['簡易トイレ（凝固剤・袋）', '回分', 150000, 60000, 20000, 28000, '不足分はR6に購入予定'],
  ['乳児用液体ミルク', '本', 2400, 1200, 0, 0, 'R5から備蓄開始'],
  ['段ボールベッド', '台', 1500, 300, 200, 960],
  ['可搬型発電機', '台', 60, 6, 4, 48],
];
const stockTotal = (r: (typeof STOCK_ROWS)[number]) => r[3] + r[4] + r[5];

const STOCK: Holdout2Workbook = {
  name: 'h53-stockpile-warehouses',
  layout: '災害時備蓄計画の整備状況: 品目ごとに目標数量、拠点倉庫2つと指定避難所の数量、計、充足率（％の文字）、下に流通備蓄の注記と協定先の表',
  build(wb) {
    const ws = wb.addWorksheet(STOCK_SHEET);
    ws.getCell('A1').value = '○○市災害時備蓄計画　備蓄品の整備状況（令和5年度末現在）';
    ws.getCell('A2').value = '危機管理課　令和6年4月1日作成';
    put(ws, 4, 1, ['品目', '単位', '備蓄目標数量', '備蓄数量', undefined, undefined, undefined, '充足率', '備考']);
    put(ws, 5, 4, ['中央防災倉庫', '東部防災倉庫', '指定避難所\n（48か所）', '計']);
    for (const c of ['A', 'B', 'C', 'H', 'I']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('D4:G4');
    STOCK_ROWS.forEach((row, i) => {
      const [name, unit, target, a, b, c, note] = row;
      const total = stockTotal(row);
      put(ws, 6 + i, 1, [name, unit, target, a, b, c, total, `${((100 * total) / target).toFixed(1)}％`, note]);
    });
    const foot = 6 + STOCK_ROWS.length;
    ws.getCell(foot, 1).value = '※備蓄目標数量は想定避難者数 12,000人（県地震被害想定）の3日分等により算定。';
    ws.getCell(foot + 1, 1).value = '※このほか、流通備蓄として協定によりアルファ化米 20,000食、飲料水 30,000L を確保。';
    put(ws, foot + 3, 1, ['（参考）物資の供給協定']);
    put(ws, foot + 4, 1, ['協定先', '締結年月', '品目']);
    put(ws, foot + 5, 1, ['○○生活協同組合', 'H25.4', '食料・日用品']);
    put(ws, foot + 6, 1, ['○○飲料株式会社', 'R2.10', '飲料水']);
    ws.getColumn(1).width = 26;
  },
  expected: {
    file: 'h53-stockpile-warehouses.xlsx',
    fiscalYear: 2023,
    indicators: STOCK_ROWS.map((row) => ind(STOCK_SHEET, row[0], row[1], row[2], stockTotal(row))),
    groups: [],
  },
};

export const SAFETY_WORKBOOKS: Holdout2Workbook[] = [EDU, TRAFFIC, STOCK];
