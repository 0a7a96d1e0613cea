/**
 * Findings at their cells: the 指摘事項 sheet and, when asked, one EvalSheet note on each cell a
 * finding names. The notes a run plans are the whole of EvalSheet's notes after it: one of an
 * earlier run whose finding is gone is removed, a changed one replaced, an unchanged one left as it
 * is. A person's note is never written, replaced or removed (the finding's row says its note was not
 * written); a protected sheet gets no note and keeps what it has. Pure.
 */
import { parseA1 } from '../model/address';
import { NOTE_MARK, type FindingNoteStatus, type NoteWrite } from '../model/cellNotes';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/port';
import type { FindingBase } from '../model/report';
import { findingsSheetSpec, SEVERITY_WORDS, type FindingRow } from '../sheets/findingsSheet';
import type { SheetSpec } from '../model/plan';

export interface FindingsOptions {
  file: string | null;
  period: string | null;
  /** Write a note on each cell a finding names (else notes are left as they are). */
  notes: boolean;
  /** Sheets this run makes or remakes (評価サマリー, 指摘事項): no note goes there. */
  ownSheets?: string[];
}

/** What the run does to notes, counted for the message that says so. */
export interface NoteCounts {
  /** Notes written on cells that had none. */
  written: number;
  /** EvalSheet notes whose text changed. */
  replaced: number;
  /** EvalSheet notes whose finding is gone. */
  removed: number;
  /** EvalSheet notes already as they should be. */
  unchanged: number;
  /** Cells not noted because a person's note is there. */
  personNotes: number;
  /** Cells not noted because their sheet is protected. */
  protectedCells: number;
  /** EvalSheet notes left as they were: on a protected sheet, or every one when notes were not asked for. */
  left: number;
}

export interface FindingsPlan {
  sheet: SheetSpec;
  rows: FindingRow[];
  /** Absent when notes were not asked for. */
  notes?: NoteWrite[];
  counts: NoteCounts;
}

/** The finding's sheet and cell when the workbook has them (a range's first cell), else null. */
function locate(f: FindingBase, sheets: Map<string, SheetSnapshot>, own: Set<string>): { sheet: string; cell: string } | null {
  if (!f.sheet || !f.cell || !sheets.has(f.sheet) || own.has(f.sheet)) return null;
  const first = f.cell.split(':')[0].replace(/\$/g, '').toUpperCase();
  return parseA1(first) ? { sheet: f.sheet, cell: first } : null;
}

/** The note of a cell's findings: the mark, then each finding's severity and message. */
export function noteText(findings: FindingBase[]): string {
  const line = (f: FindingBase) => `${SEVERITY_WORDS[f.severity]}：${f.message}`;
  if (findings.length === 1) return `${NOTE_MARK}${line(findings[0])}`;
  return `${NOTE_MARK}指摘 ${findings.length}件\n${findings.map((f) => `・${line(f)}`).join('\n')}`;
}

const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

/** Per cell: its findings, and the status every row of it gets. */
function noteTargets(rows: FindingRow[], sheets: Map<string, SheetSnapshot>) {
  const byCell = new Map<string, { sheet: string; cell: string; findings: FindingBase[]; status: FindingNoteStatus }>();
  for (const r of rows) {
    if (!r.at) {
      r.note = 'no-cell';
      continue;
    }
    const k = key(r.at.sheet, r.at.cell);
    let target = byCell.get(k);
    if (!target) {
      const s = sheets.get(r.at.sheet)!;
      const status: FindingNoteStatus = s.protected ? 'protected' : s.notes?.[r.at.cell] !== undefined ? 'person-note' : 'written';
      target = { ...r.at, findings: [], status };
      byCell.set(k, target);
    }
    target.findings.push(r.finding);
    r.note = target.status;
  }
  return byCell;
}

/** The note writes that make EvalSheet's notes what the findings say, and their counts. */
function noteWrites(
  rows: FindingRow[],
  snapshot: WorkbookSnapshot,
  sheets: Map<string, SheetSnapshot>,
  own: Set<string>,
): { notes: NoteWrite[]; counts: NoteCounts } {
  const counts: NoteCounts = { written: 0, replaced: 0, removed: 0, unchanged: 0, personNotes: 0, protectedCells: 0, left: 0 };
  const notes: NoteWrite[] = [];
  const wanted = new Set<string>();
  for (const t of noteTargets(rows, sheets).values()) {
    if (t.status === 'person-note') counts.personNotes++;
    if (t.status === 'protected') counts.protectedCells++;
    if (t.status !== 'written') continue;
    wanted.add(key(t.sheet, t.cell));
    const previous = sheets.get(t.sheet)!.evalsheetNotes?.[t.cell] ?? null;
    const text = noteText(t.findings);
    if (previous === text) counts.unchanged++;
    else {
      notes.push({ sheet: t.sheet, cell: t.cell, text, previous });
      counts[previous === null ? 'written' : 'replaced']++;
    }
  }
  // A sheet the run remakes (its own) takes its old notes with it.
  for (const s of snapshot.sheets.filter((x) => !own.has(x.name))) {
    for (const [cell, previous] of Object.entries(s.evalsheetNotes ?? {})) {
      if (wanted.has(key(s.name, cell))) continue;
      if (s.protected) counts.left++;
      else {
        notes.push({ sheet: s.name, cell, text: null, previous });
        counts.removed++;
      }
    }
  }
  return { notes, counts };
}

/** The 指摘事項 sheet and, with `notes`, the note writes. */
export function planFindings(snapshot: WorkbookSnapshot, findings: readonly FindingBase[], o: FindingsOptions): FindingsPlan {
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const own = new Set(o.ownSheets ?? []);
  const rows: FindingRow[] = findings.map((finding) => ({ finding, at: locate(finding, sheets, own) }));
  let notes: NoteWrite[] | undefined;
  let counts: NoteCounts;
  if (o.notes) ({ notes, counts } = noteWrites(rows, snapshot, sheets, own));
  else {
    const left = snapshot.sheets.reduce((n, s) => n + Object.keys(s.evalsheetNotes ?? {}).length, 0);
    counts = { written: 0, replaced: 0, removed: 0, unchanged: 0, personNotes: 0, protectedCells: 0, left };
  }
  const sheet = findingsSheetSpec({ file: o.file, period: o.period, rows, notes: o.notes });
  return { sheet, rows, ...(notes ? { notes } : {}), counts };
}
