import { NOTE_MARK, splitNotes } from '../model/cellNotes';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/port';
import type { Finding } from '../model/report';
import { FINDINGS_SHEET } from '../sheets/findingsSheet';
import { noteText, planFindings } from './findingNotes';

const sheetOf = (name: string, extra: Partial<SheetSnapshot> = {}): SheetSnapshot => ({
  name,
  visibility: 'visible',
  protected: false,
  top: 1,
  left: 1,
  values: [['x']],
  merges: [],
  ...extra,
});

const finding = (sheet: string | null, cell: string | null, message: string, severity: Finding['severity'] = 'warning'): Finding =>
  ({ code: 'cumulative-decrease', severity, sheet, cell, indicator: '指標A', message, params: {} }) as unknown as Finding;

const texts = (cells: (string | number | null)[][]) => cells.map((r) => r.map((c) => c));
const sheetRows = (spec: ReturnType<typeof planFindings>['sheet']) => texts(spec.rows.map((r) => r.map((c) => c?.value ?? null)));

describe('planFindings', () => {
  test('one note per cell with all its findings, a link per row; a person note and a protected sheet get none and their rows say why', () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [sheetOf('施策', { notes: { C5: '課長確認済み' } }), sheetOf('保護', { protected: true })],
    };
    const plan = planFindings(
      snapshot,
      [
        finding('施策', 'B4', '一つ目'),
        finding('施策', '$B$4', '二つ目', 'error'),
        finding('施策', 'C5', '人のメモのあるセル'),
        finding('保護', 'D2', '保護されたシート'),
        finding(null, null, 'ブック全体'),
      ],
      { file: '施策.xlsx', period: '令和5年度', notes: true },
    );
    expect(plan.notes).toEqual([{ sheet: '施策', cell: 'B4', text: `${NOTE_MARK}指摘 2件\n・警告：一つ目\n・エラー：二つ目`, previous: null }]);
    expect(plan.rows.map((r) => r.note)).toEqual(['written', 'written', 'person-note', 'protected', 'no-cell']);
    expect(plan.counts).toMatchObject({ written: 1, personNotes: 1, protectedCells: 1, removed: 0 });
    const rows = sheetRows(plan.sheet);
    expect(plan.sheet.name).toBe(FINDINGS_SHEET);
    expect(rows[3]).toEqual(['シート', 'セル', '指標', 'コード', '重要度', '内容', 'メモ']);
    expect(rows[4].slice(0, 2)).toEqual(['施策', 'B4']);
    expect(plan.sheet.rows[4][1]?.link).toEqual({ sheet: '施策', cell: 'B4' });
    expect(rows[6][6]).toContain('人が書いたメモがあるため');
    expect(rows[7][6]).toContain('保護されているため');
    expect(plan.sheet.rows[8][1]?.link).toBeUndefined();
  });

  test('a finding gone removes its old note, a changed one is replaced, an unchanged one is not written again', () => {
    const same = noteText([finding('施策', 'B4', '変わらない')]);
    const snapshot: WorkbookSnapshot = {
      sheets: [sheetOf('施策', { evalsheetNotes: { B4: same, C5: `${NOTE_MARK}警告：古い`, D6: `${NOTE_MARK}警告：直った` } })],
    };
    const plan = planFindings(snapshot, [finding('施策', 'B4', '変わらない'), finding('施策', 'C5', '新しい')], { file: null, period: null, notes: true });
    expect(plan.notes).toEqual([
      { sheet: '施策', cell: 'C5', text: `${NOTE_MARK}警告：新しい`, previous: `${NOTE_MARK}警告：古い` },
      { sheet: '施策', cell: 'D6', text: null, previous: `${NOTE_MARK}警告：直った` },
    ]);
    expect(plan.counts).toMatchObject({ written: 0, replaced: 1, removed: 1, unchanged: 1 });
  });

  test('no finding left: every EvalSheet note is removed (but not on a protected sheet) and the sheet says 指摘はありません', () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [
        sheetOf('施策', { notes: { A1: '人のメモ' }, evalsheetNotes: { B4: `${NOTE_MARK}警告：直った` } }),
        sheetOf('保護', { protected: true, evalsheetNotes: { C3: `${NOTE_MARK}警告：残る` } }),
      ],
    };
    const plan = planFindings(snapshot, [], { file: null, period: '令和5年度', notes: true });
    expect(plan.notes).toEqual([{ sheet: '施策', cell: 'B4', text: null, previous: `${NOTE_MARK}警告：直った` }]);
    expect(plan.counts).toMatchObject({ removed: 1, left: 1 });
    expect(sheetRows(plan.sheet).flat()).toContain('指摘はありません');
    expect(plan.sheet.table).toBeUndefined();
  });

  test('without notes: no note write at all, no メモ column, and the EvalSheet notes already there are counted as left', () => {
    const snapshot: WorkbookSnapshot = { sheets: [sheetOf('施策', { evalsheetNotes: { B4: `${NOTE_MARK}警告：前回` } })] };
    const plan = planFindings(snapshot, [finding('施策', 'B4', '今回')], { file: null, period: null, notes: false });
    expect(plan.notes).toBeUndefined();
    expect(plan.counts.left).toBe(1);
    expect(sheetRows(plan.sheet)[3]).not.toContain('メモ');
  });
});

test('splitNotes: a note starting with the mark (after blanks) is EvalSheet’s, any other a person’s', () => {
  expect(splitNotes({ A1: `${NOTE_MARK}警告：x`, B2: ' 【EvalSheet】情報：y', C3: 'EvalSheet のメモではない' })).toEqual({
    evalsheetNotes: { A1: `${NOTE_MARK}警告：x`, B2: ' 【EvalSheet】情報：y' },
    notes: { C3: 'EvalSheet のメモではない' },
  });
  expect(splitNotes(null)).toEqual({});
});
