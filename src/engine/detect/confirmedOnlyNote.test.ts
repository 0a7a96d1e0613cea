/** A note judging on the confirmed figure only: a 確定値 not out yet beside a 実績見込 / 速報値 is pending, never the early figure. */
import { checkWorkbook } from '../actions/check';
import { confirmedOnlyScope, saysConfirmedOnly } from './confirmedOnlyNote';
import { snap } from './testing';

test('notes saying the evaluation is made on the confirmed figure, or refusing the forecast', () => {
  for (const t of [
    '※実績見込は予算編成時（11月）の見込値。評価は確定値により行う。',
    '※実績見込は予算要求時（11月）の見込値。評価は確定値による。',
    '※見込値は評価に用いない。',
    '※速報値は判定の対象外とする。',
  ])
    expect(saysConfirmedOnly(t)).toBe(true);
  for (const t of [
    '※評価は確定値によらず、見込値により行う。',
    '※評価は確定値ではなく見込値で行った。',
    '※令和5年度実績が確定していない指標は、実績見込欄に見込値を記載した。',
    '※確定値は7月公表予定',
  ])
    expect(saysConfirmedOnly(t)).toBe(false);
});

const rows = (note: string | null) => [
  ['令和５年度 進捗状況'],
  ['指標名', '単位', '方向', 'R5目標', 'R5実績見込\n（11月時点）', 'R5実績\n（確定）', '備考'],
  ['事業系食品ロス量', 't', '↓', 2800, 2650, 2930, null],
  ['フードバンクへの食品寄贈量', 't', '↑', 30, 28, '集計中', '確定値は７月公表'],
  [null],
  [note],
];

const read = (note: string | null) =>
  checkWorkbook({ sheets: [snap('R5進捗', rows(note))] }, {}).report.indicators.map((i) => [i.name, i.actual, i.actualStatus, i.grade ?? null]);

test('with the note, a 確定 actual of 集計中 is pending though a 見込 stands beside it; the other rows read their 確定', () => {
  expect(read('※実績見込は予算要求時（11月）の見込値。評価は確定値による。')).toEqual([
    ['事業系食品ロス量', 2930, 'value', 'B'],
    ['フードバンクへの食品寄贈量', null, 'pending', null],
  ]);
});

test('without it (or with a note judging on the forecast) the early figure stands for the 確定 not out yet, provisional', () => {
  for (const note of [null, '※評価は確定値によらず、見込値により行う。']) expect(read(note)[1]).toEqual(['フードバンクへの食品寄贈量', 28, 'provisional', 'B']);
});

test('a note letting the 速報値 stand in, in a later sentence (ただし…速報値により暫定的に評価), states nothing: review rv80 item 4', () => {
  expect(saysConfirmedOnly('※評価は確定値により行う。ただし、確定値が未公表の指標は速報値により暫定的に評価し、確定後に見直す。')).toBe(false);
  expect(saysConfirmedOnly('※評価は確定値により行う。ただし、未公表のものは速報値を用いる。')).toBe(false);
  expect(saysConfirmedOnly('※評価は確定値により行う。なお、見込値は参考として記載した。')).toBe(true);
  expect(read('※評価は確定値により行う。ただし、確定値が未公表の指標は速報値により暫定的に評価し、確定後に見直す。')[1]).toEqual([
    'フードバンクへの食品寄贈量',
    28,
    'provisional',
    'B',
  ]);
});

test('a note whose subject is the rows marked ★ judges those rows only on the 確定値: review rv80 item 7', () => {
  expect(confirmedOnlyScope('※★印の指標（国・県の統計による指標）の評価は確定値により行う。')).toEqual({ mark: '★' });
  expect(confirmedOnlyScope('※国の統計による指標の評価は確定値により行う。')).toEqual({ mark: '' });
  expect(confirmedOnlyScope('※各指標の評価は確定値により行う。')).toEqual({ mark: null });
  const marked = [
    ['KPI進捗状況（令和５年度）'],
    ['KPI', '単位', 'R5目標', 'R5実績\n（速報値）', 'R5実績\n（確定値）'],
    ['★合計特殊出生率', null, 1.45, 1.38, '集計中'],
    ['子育て支援センター利用者数', '人', 18000, 17650, null],
    [null],
    ['※★印の指標（国・県の統計による指標）の評価は確定値により行う。'],
  ];
  const got = checkWorkbook({ sheets: [snap('KPI', marked)] }, {}).report.indicators.map((i) => [i.name, i.actual, i.actualStatus]);
  expect(got).toEqual([
    ['合計特殊出生率', null, 'pending'],
    ['子育て支援センター利用者数', 17650, 'provisional'],
  ]);
});

test('review rv81 item 1: the mark bracketed after the subject, a topic before a bare 評価は, near spellings and なお sentences', () => {
  expect(confirmedOnlyScope('※国・県の統計による指標（★）の評価は確定値により行う。')).toEqual({ mark: '★' });
  expect(confirmedOnlyScope('※★印の指標は、評価は確定値により行う。')).toEqual({ mark: '★' });
  expect(confirmedOnlyScope('※国の統計による指標は、評価は確定値により行う。')).toEqual({ mark: '' });
  expect(saysConfirmedOnly('※評価にあたっては確定値を使用する。速報値は参考として記載。')).toBe(true);
  expect(saysConfirmedOnly('※評価は確定値により行う。なお、速報値は参考値として掲載しており、評価には用いない。')).toBe(true);
  expect(saysConfirmedOnly('※評価は確定値により行う。なお、見込値で評価した場合の達成度は参考として備考欄に記載。')).toBe(true);
  // Still off: a sentence letting the early figure stand in, a refusal of the 確定値 itself.
  expect(saysConfirmedOnly('※評価は確定値により行う。なお、確定値が未公表の指標は見込値で評価する。')).toBe(false);
  expect(saysConfirmedOnly('※評価は確定値により行う。ただし、未公表のものは速報値を用いる。')).toBe(false);
});

const kpi = (rows: (string | number | null)[][], note: string) =>
  checkWorkbook({ sheets: [snap('KPI', [['KPI進捗状況（令和５年度）'], ...rows, [null], [note]])] }, {}).report.indicators.map((i) => [
    i.name,
    i.actual,
    i.actualStatus,
  ]);

test('review rv81 item 1b: the ★ in a column of its own beside the name marks the row', () => {
  const rows = [
    ['KPI', '統計', '単位', 'R5目標', 'R5実績\n（速報値）', 'R5実績\n（確定値）'],
    ['合計特殊出生率', '★', null, 1.45, 1.38, '集計中'],
    ['子育て支援センター利用者数', null, '人', 18000, 17650, null],
  ];
  expect(kpi(rows, '※★印の指標の評価は確定値により行う。')).toEqual([
    ['合計特殊出生率', null, 'pending'],
    ['子育て支援センター利用者数', 17650, 'provisional'],
  ]);
});

test('review rv81 items 1a, 1f: the mark after the subject, or the marked rows as the topic, hold for the marked rows alone', () => {
  const rows = [
    ['KPI', '単位', 'R5目標', 'R5実績\n（速報値）', 'R5実績\n（確定値）'],
    ['★合計特殊出生率', null, 1.45, 1.38, '集計中'],
    ['子育て支援センター利用者数', '人', 18000, 17650, null],
  ];
  for (const note of ['※国・県の統計による指標（★）の評価は確定値により行う。', '※★印の指標は、評価は確定値により行う。'])
    expect([note, kpi(rows, note)]).toEqual([
      note,
      [
        ['合計特殊出生率', null, 'pending'],
        ['子育て支援センター利用者数', 17650, 'provisional'],
      ],
    ]);
});

test('review rv82a item 4: a stand-in said with 使用 / 採用, in a clause supposing the 確定値 missing, or beside a supposition on the 確定値, states nothing', () => {
  for (const t of [
    '※評価にあたっては確定値を使用する。ただし、確定値が未公表の指標は速報値を使用する。',
    '※判定には確定値を採用する。なお、公表前のものは見込値を採用する。',
    '※評価においては確定値を用いることを原則とするが、公表が間に合わない場合は速報値を用いる。',
    '※評価は確定値により行う。なお、未公表の指標は見込値により評価し、確定値で評価した場合の達成度は参考として記載する。',
  ])
    expect([t, saysConfirmedOnly(t)]).toEqual([t, false]);
  // Still a note: the early figure refused in the supposing clause, or supposed only for reference.
  for (const t of [
    '※評価は確定値により行う。確定値が未公表の場合も見込値を用いない。',
    '※評価は確定値により行う。なお、見込値で評価した場合の達成度は参考として備考欄に記載。',
    '※評価は確定値により行う。実績見込は11月時点の見込値を用いて算出した。',
  ])
    expect([t, saysConfirmedOnly(t)]).toEqual([t, true]);
  expect(read('※評価は確定値を用いることを原則とするが、やむを得ない場合は見込値を用いる。')[1]).toEqual([
    'フードバンクへの食品寄贈量',
    28,
    'provisional',
    'B',
  ]);
});

test('review rv82a item 6: a sentence opening with the marked rows (★印の指標は…、評価は) holds for those rows alone', () => {
  expect(confirmedOnlyScope('※★印の指標は県の統計を用いるため、評価は確定値により行う。')).toEqual({ mark: '★' });
  expect(confirmedOnlyScope('※◎の指標は国の調査によるもので、評価は確定値による。')).toEqual({ mark: '◎' });
  const rows = [
    ['KPI', '単位', 'R5目標', 'R5実績\n（速報値）', 'R5実績\n（確定値）'],
    ['★一人当たり市民所得', '千円', 2900, 2870, '未公表'],
    ['子育て支援センター利用者数', '人', 18000, 17650, null],
  ];
  expect(kpi(rows, '※★印の指標は県の統計を用いるため、評価は確定値により行う。')).toEqual([
    ['一人当たり市民所得', null, 'pending'],
    ['子育て支援センター利用者数', 17650, 'provisional'],
  ]);
});
