/** A unit note on a line of its own above a table (「（単位：人）」) is the unit of every row with none of its own; a note of several units is none. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

function sheet(note: string) {
  return snap('指標', [
    ['生涯学習の成果指標', null, null, null],
    [null, null, null, note],
    ['指標名', '目標値', '実績値', '備考'],
    ['公民館講座の延べ受講者数', 5000, 5600, null],
    ['図書館の貸出冊数（冊）', 300000, 284000, null],
    ['生涯学習ボランティア登録者数', 120, 98, null],
  ]);
}

test('the noted unit goes to the rows without one; a unit in the name keeps its own', () => {
  const { report } = checkWorkbook({ sheets: [sheet('（単位：人）')] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.cells.unit ?? null])).toEqual([
    ['公民館講座の延べ受講者数', '人', 'D2'],
    ['図書館の貸出冊数', '冊', expect.anything()],
    ['生涯学習ボランティア登録者数', '人', 'D2'],
  ]);
});

test('a note naming several units gives no row a unit', () => {
  const { report } = checkWorkbook({ sheets: [sheet('（単位：人、冊ほか）')] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit])).toEqual([
    ['公民館講座の延べ受講者数', null],
    ['図書館の貸出冊数', '冊'],
    ['生涯学習ボランティア登録者数', null],
  ]);
});

test('a unit note closing a stacked table’s title row is the unit of that table’s rows alone', () => {
  const s = snap('計画指標', [
    ['１　利用の状況', null, null, '（単位：回）'],
    ['指標名', '目標値', '実績値', '備考'],
    ['図書館の貸出回数', 9000, 8700, null],
    ['移動図書館の巡回回数', 40, 42, null],
    [null, null, null, null],
    ['２　満足度', null, null, '（単位：％）'],
    ['指標名', '目標値', '実績値', '備考'],
    ['利用者の満足度', 80, 76.5, null],
  ]);
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.cells.unit ?? null])).toEqual([
    ['図書館の貸出回数', '回', 'D1'],
    ['移動図書館の巡回回数', '回', 'D1'],
    ['利用者の満足度', '%', 'D6'],
  ]);
});

test('a title row holding figures besides the note is no title: its note is not read', () => {
  const s = snap('計画指標', [
    ['利用の状況', 12, null, '（単位：回）'],
    ['指標名', '目標値', '実績値', '備考'],
    ['図書館の貸出回数', 9000, 8700, null],
  ]);
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit])).toEqual([['図書館の貸出回数', null]]);
});

test('a caption alone right above the header, closing with its unit in brackets, gives that unit', () => {
  const s = snap('指標', [
    ['１　講座の受講者数（単位：人）', null, null],
    ['指標名', '目標値', '実績値'],
    ['公民館講座の延べ受講者数', 5000, 5600],
  ]);
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.cells.unit ?? null])).toEqual([['公民館講座の延べ受講者数', '人', 'A1']]);
});

test('a ratio’s row (満足度, 利用率) takes no count unit from the note; a ％ note is its unit', () => {
  const s = (note: string) =>
    snap('指標', [
      [`（１）成果指標（単位：${note}）`, null, null],
      ['指標名', '目標値', '実績値'],
      ['相談件数', 500, 480],
      ['相談者の満足度', 80, 75],
    ]);
  const units = (note: string) => checkWorkbook({ sheets: [s(note)] }, {}).report.indicators.map((i) => [i.name, i.unit]);
  expect(units('件')).toEqual([
    ['相談件数', '件'],
    ['相談者の満足度', null],
  ]);
  expect(units('％')[1]).toEqual(['相談者の満足度', '%']);
});

function survey(note: string) {
  return snap('満足度', [
    ['令和5年度　市民意識調査結果', null, null, null, null],
    [note, null, null, null, null],
    [null, null, null, null, null],
    ['指標', '前回調査（令和3年度）', '今回調査（令和5年度）', '増減', '目標値（令和7年度）'],
    ['子育て環境に満足している市民の割合', 38.2, 41.5, 3.3, 50],
    ['公共交通の利便性に満足している市民の割合', 22.6, 21, '▲1.6', 35],
  ]);
}

test('a line opening with 「（単位：％、ポイント）」 before its sentences: the rates are in ％, the points the change column', () => {
  const { report } = checkWorkbook({ sheets: [survey('（単位：％、ポイント）　本調査は隔年で実施。満足度は「満足」「やや満足」の合計。')] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.cells.unit ?? null])).toEqual([
    ['子育て環境に満足している市民の割合', '%', 'A2'],
    ['公共交通の利便性に満足している市民の割合', '%', 'A2'],
  ]);
});

test('a leading note of two units other than a rate and its points, or a bracket not opening the line, gives none', () => {
  for (const note of ['（単位：人、件）　本調査は隔年で実施。', '本調査は隔年で実施（単位：％、ポイント）の結果。']) {
    const { report } = checkWorkbook({ sheets: [survey(note)] }, {});
    expect(report.indicators.map((i) => i.unit)).toEqual([null, null]);
  }
});

test('a （単位：千円） note speaks for the bare money figures, not for 成果 figures written with their own unit', () => {
  const rows = [
    ['令和６年度　主要な施策の成果', null, null, null, null, '（単位：千円）'],
    ['事業名', '予算現額', '決算額', '目標', '実績', '備考'],
    ['病児保育事業', 24800, 24800, '開設日数　240日', '開設日数　243日', null],
    ['子育て応援アプリ運用事業', 3960, 3828, '登録者数　3,000人', '登録者数　2,050人', null],
  ];
  const report = checkWorkbook({ sheets: [snap('成果', rows)] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.unit])).toEqual([
    ['病児保育事業', '日'],
    ['子育て応援アプリ運用事業', '人'],
  ]);
});

test('a （単位：千円） caption still gives its unit to figures shown with a ▲ sign by their number format (review of set 101)', () => {
  const values = [
    ['取組項目別効果額一覧（単位：千円）', null, null],
    ['取組項目', '目標効果額', '効果額（決算確定）'],
    ['事務事業の見直し', -1200, -1100],
  ];
  const sign = '#,##0;"▲"#,##0';
  const sheet = { ...snap('効果額', values), numberFormats: [[null], [null], [null, sign, sign]] };
  const ind = checkWorkbook({ sheets: [sheet] }, {}).report.indicators.find((i) => i.name === '事務事業の見直し');
  expect(ind?.unit).toBe('千円');
});

test('a note line closing with 「単位：％」 after a space (a survey’s conditions before it): the rows’ unit', () => {
  const note = '調査期間：令和5年7月3日〜7月24日　対象：18歳以上の市民3,000人（回収率41.8％）　単位：％';
  const { report } = checkWorkbook({ sheets: [survey(note)] }, {});
  expect(report.indicators.map((i) => [i.unit, i.cells.unit ?? null])).toEqual([
    ['%', 'A2'],
    ['%', 'A2'],
  ]);
  // 単位 inside a sentence, not a part of its own at the end, gives none.
  expect(checkWorkbook({ sheets: [survey('数値の単位：％は前回と同じ')] }, {}).report.indicators.map((i) => i.unit)).toEqual([null, null]);
});

describe('a note explaining a column, and counts under 「単位：％」 (review rv48)', () => {
  const table = (note: string) =>
    snap('指標', [
      ['消防団・救命講習の状況（令和5年度）'],
      [note],
      ['指標名', '目標値', '実績値', '達成率'],
      ['消防団員数', 500, 470, 94.0],
      ['住宅用火災警報器の設置率', 90, 84, 93.3],
    ]);
  const units = (note: string) => checkWorkbook({ sheets: [table(note)] }, {}).report.indicators.map((i) => [i.name, i.unit]);

  test('「（注）達成率は実績値÷目標値　単位：％」 speaks of the 達成率 column: no row takes its unit', () => {
    expect(units('（注）達成率は実績値÷目標値　単位：％')).toEqual([
      ['消防団員数', null],
      ['住宅用火災警報器の設置率', null],
    ]);
  });

  test('a count’s row never takes ％ from the table’s note', () => {
    expect(units('（単位：％）')).toEqual([
      ['消防団員数', null],
      ['住宅用火災警報器の設置率', '%'],
    ]);
  });
});

test('a unit note over the far end of an unbroken heading, right of the columns read (a 参考 side), is the rows’ unit', () => {
  const s = snap(
    '収納率',
    [
      ['収納率の状況', null, null, null, null, null],
      [null, null, null, null, null, '（単位：％）'],
      ['指標', '令和６年度', null, '令和７年度（参考・進行中）', null, null],
      [null, '目標', '実績', '５月末現在', '前年度同期', '前年度同期比'],
      ['市税収納率（現年課税分）', 99.2, 99.21, 18.35, 17.96, '+0.39'],
      ['介護保険料収納率（現年分）', 99, 98.72, 17.2, 17, '+0.20'],
    ],
    { merges: ['A3:A4', 'B3:C3', 'D3:F3'] },
  );
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.cells.unit ?? null])).toEqual([
    ['市税収納率（現年課税分）', '%', 'F2'],
    ['介護保険料収納率（現年分）', '%', 'F2'],
  ]);
});

test('a note listing a money unit with ％ (「千円、％」) gives ％ to the rows read under a rate heading, nothing to others', () => {
  const s = snap('収納', [
    ['市税収納状況', null, null, null, null, '（単位：千円、％）'],
    ['税目', '調定額', '収入額', '収納率', '目標収納率', '備考'],
    ['個人市民税', 6842310, 6781452, 99.11, 99.2, null],
    ['固定資産税', 8915240, 8874105, 99.54, 99.5, null],
  ]);
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.actual])).toEqual([
    ['個人市民税', '%', 99.11],
    ['固定資産税', '%', 99.54],
  ]);
  const counts = snap('相談', [
    ['相談の状況', null, null, '（単位：件、％）'],
    ['指標名', '目標値', '実績値', '備考'],
    ['消費生活相談件数', 1200, 1100, null],
  ]);
  expect(checkWorkbook({ sheets: [counts] }, {}).report.indicators.map((i) => i.unit)).toEqual([null]);
});
