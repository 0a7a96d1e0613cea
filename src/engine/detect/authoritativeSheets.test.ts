/** An 一覧 whose note says the projects' own sheets are right (「…個票を正とします」): the indicators they hold are read there only. */
import { checkWorkbook } from '../actions/check';
import { CellIndex } from './cells';
import { Grid } from './grid';
import { deferringNote } from './authoritativeSheets';
import { snap } from './testing';

type Row = (string | number | null)[];

const card = (no: string, rows: Row[]) =>
  snap(no, [['令和5年度　事務事業評価表（個票）'], ['事業番号', no], [], ['区分', '指標名', '単位', '令和5年度目標', '令和5年度実績', '評価'], ...rows]);

const list = (note: string | null, rows: Row[]) =>
  snap('一覧', [['令和5年度　指標一覧'], [note], [], ['事業番号', '指標名', '単位', '令和5年度目標', '令和5年度実績', '評価'], ...rows]);

const cards = [
  card('0301', [
    ['活動指標', '企業訪問件数', '件', 150, 162, 'A'],
    ['成果指標', '新規立地企業数', '社', 3, 2, 'C'],
  ]),
  card('0302', [
    ['活動指標', '出店補助件数', '件', 6, 3, 'D'],
    ['成果指標', '観光案内所利用者数', '人', 1400, 1420, 'A'],
  ]),
];

const listed: Row[] = [
  ['0301', '企業訪問件数', '件', 150, 162, 'A'],
  ['0301', '新規立地企業数', '社', 3, 2, 'C'],
  ['0302', '出店補助件数', '件', 5, 3, 'D'],
  ['0302', '観光案内所利用者数', '人', 1400, 1240, 'B'],
  ['0303', '研修受講者数', '人', 250, 198, 'C'],
];

test('the note names the sheets deferred to; a source, the sheet itself or an instruction is no such note', () => {
  const note = (text: string) => {
    const g = new Grid(snap('一覧', [['一覧'], [text]]));
    new CellIndex(g);
    return deferringNote(g, ['0301', '0302'])?.text ?? null;
  };
  expect(note('（一次集計：令和6年5月10日時点）　※数値は各事業の個票（事業番号のシート）を正とします。')).toContain('個票');
  expect(note('※数値は各課の評価シートを正とする。')).not.toBeNull();
  expect(note('※0301の数値が正です。')).not.toBeNull();
  expect(note('※人口は住民基本台帳を正とする。')).toBeNull();
  expect(note('※本表の数値を正とします。')).toBeNull();
  expect(note('※一覧の数値を正とします。')).toBeNull();
  expect(note('※数値は個票を正としてください。')).toBeNull();
  expect(note('※修正が正しく反映されているか確認')).toBeNull();
  // A source of one quantity (review rv43), and a figures' topic with its sheet named before it.
  expect(note('※人口は国勢調査の統計表を正とします。')).toBeNull();
  expect(note('※本一覧の数値は各課の調書を正とします。')).not.toBeNull();
});

test('an 一覧 deferring to the 個票: the indicators they hold read there only, one it alone lists kept, a finding quoting the note', () => {
  const { report } = checkWorkbook({ sheets: [list('※数値は各事業の個票を正とします。', listed), ...cards] }, {});
  expect(report.indicators.map((i) => [i.sheet, i.name, i.target, i.actual])).toEqual([
    ['一覧', '研修受講者数', 250, 198],
    ['0301', '企業訪問件数', 150, 162],
    ['0301', '新規立地企業数', 3, 2],
    ['0302', '出店補助件数', 6, 3],
    ['0302', '観光案内所利用者数', 1400, 1420],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain' || f.code === 'duplicate-indicator')).toEqual([]);
  const f = report.findings.find((x) => x.code === 'sheet-left-out');
  expect(f).toMatchObject({
    sheet: '一覧',
    cell: 'A2',
    params: { reason: 'deferred', indicators: ['企業訪問件数', '新規立地企業数', '出店補助件数', '観光案内所利用者数'] },
  });
  expect(f?.message).toContain('個票を正とします');
});

test('without the note a copy with another figure stays graded on both sheets, each a guess; the agreeing copies are a summary', () => {
  const rows: Row[] = [...listed.slice(0, 3), ['0302', '観光案内所利用者数', '人', 1400, 1420, 'A']];
  const { report } = checkWorkbook({ sheets: [list(null, rows), ...cards] }, {});
  const guesses = report.indicators.filter((i) => i.guesses.length).map((i) => [i.sheet, i.name, i.guesses[0]!.reason]);
  expect(guesses).toEqual([
    ['一覧', '出店補助件数', 'targets-differ'],
    ['0302', '出店補助件数', 'targets-differ'],
  ]);
  expect(report.indicators.filter((i) => i.sheet === '一覧').map((i) => i.name)).toEqual(['出店補助件数']);
});
