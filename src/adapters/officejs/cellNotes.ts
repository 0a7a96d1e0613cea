/**
 * EvalSheet's notes on the findings' cells inside Excel (the pane's Grade with 「指摘をセルにメモとして書く」):
 * read — the workbook's notes (ExcelApi 1.18, Microsoft 365) and comments (1.10) by cell, a person's
 * apart from EvalSheet's (their text starts with 【EvalSheet】) — and written: EvalSheet's removed or
 * replaced, new ones added as notes where the API set has them, as comments otherwise. A person's
 * note or comment is never deleted or changed. Two syncs to read, one to write.
 */
import { splitNotes, type NoteWrite } from '../../engine/model/cellNotes';
import type { WorkbookSnapshot } from '../../engine/model/port';
import { NeedsOwnUndo } from './excelUndo';
import type { ExcelPort, Supports } from './excelPort';

type Kind = 'note' | 'comment';

/** What the read found: the snapshot with the notes, and the kind of each of EvalSheet's (to delete it the way it was made). */
export interface NotesRead {
  snapshot: WorkbookSnapshot;
  kinds: Map<string, Kind>;
}

const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;
/** "'KPI 実績'!B5" as its sheet and cell. */
function sheetAndCell(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf('!');
  const name = address.slice(0, bang);
  const quoted = /^'(.*)'$/s.exec(name);
  return {
    sheet: quoted ? quoted[1].replace(/''/g, "'") : name,
    cell: address
      .slice(bang + 1)
      .split(':')[0]
      .replace(/\$/g, ''),
  };
}
/** A cell's address as the collections take it: 'Sheet name'!B5. */
export const cellAddress = (sheet: string, cell: string) => `'${sheet.replace(/'/g, "''")}'!${cell}`;

/**
 * The workbook's notes, loaded with their text.
 * @apiSet ExcelApi 1.18
 */
function loadNotes(context: Excel.RequestContext): Excel.NoteCollection {
  return context.workbook.notes.load('items/content');
}

/**
 * The notes with their text and where each is.
 * @apiSet ExcelApi 1.18
 */
function noteItems(notes: Excel.NoteCollection): { kind: Kind; content: string; location: Excel.Range }[] {
  return notes.items.map((n) => ({ kind: 'note' as const, content: n.content, location: n.getLocation().load('address') }));
}

/** @apiSet ExcelApi 1.18 */
function deleteNote(context: Excel.RequestContext, address: string): void {
  context.workbook.notes.getItem(address).delete();
}

/** @apiSet ExcelApi 1.18 */
function addNote(context: Excel.RequestContext, address: string, text: string): void {
  context.workbook.notes.add(address, text);
}

/** The snapshot (a copy; the cached one is left as it is) with every sheet's notes and comments, a person's and EvalSheet's apart. */
export async function readCellNotes(context: Excel.RequestContext, snapshot: WorkbookSnapshot, supports: Supports): Promise<NotesRead> {
  const comments = context.workbook.comments.load('items/content');
  const notes = supports('1.18') ? loadNotes(context) : null;
  await context.sync();
  const items: { kind: Kind; content: string; location: Excel.Range }[] = [
    ...comments.items.map((c) => ({ kind: 'comment' as const, content: c.content, location: c.getLocation().load('address') })),
    ...(supports('1.18') && notes ? noteItems(notes) : []),
  ];
  if (items.length) await context.sync();
  const bySheet = new Map<string, Record<string, string>>();
  const kinds = new Map<string, Kind>();
  for (const item of items) {
    const at = sheetAndCell(item.location.address);
    bySheet.set(at.sheet, { ...bySheet.get(at.sheet), [at.cell]: item.content });
    kinds.set(key(at.sheet, at.cell), item.kind);
  }
  const sheets = snapshot.sheets.map((s) => {
    const { notes: _n, evalsheetNotes: _e, ...rest } = s;
    return { ...rest, ...splitNotes(bySheet.get(s.name)) };
  });
  return { snapshot: { sheets }, kinds };
}

/**
 * Writes the plan's notes in one sync: EvalSheet's old ones deleted the way they were made, the new
 * ones added as notes (ExcelApi 1.18) or comments. Returns a Japanese line saying what could not be
 * written when Excel refused (a cell with a note this Excel cannot see, below 1.18), else null.
 */
export async function writeCellNotes(context: Excel.RequestContext, writes: NoteWrite[], kinds: Map<string, Kind>, supports: Supports): Promise<string | null> {
  for (const w of writes) {
    const address = cellAddress(w.sheet, w.cell);
    const kind = kinds.get(key(w.sheet, w.cell));
    // A note of EvalSheet's is there only where this Excel has notes (ExcelApi 1.18).
    if (w.previous !== null && kind === 'note' && supports('1.18')) deleteNote(context, address);
    else if (w.previous !== null && kind === 'comment') context.workbook.comments.getItemByCell(address).delete();
    if (w.text === null) continue;
    if (supports('1.18')) addNote(context, address, w.text);
    else context.workbook.comments.add(address, w.text);
  }
  try {
    await context.sync();
    return null;
  } catch {
    return 'Excel がセルのメモの一部を書き込めませんでした（この Excel では見えないメモがあるセルなど）。評価とシートは書き込み済みです。指摘事項のシートで指摘のセルを確かめてください。';
  }
}

/** What the notes of a Grade run did in Excel: null when all were written. */
export interface NotesPort extends ExcelPort {
  notesProblem(): string | null;
}

/**
 * The port of a Grade that writes notes: its read adds the workbook's notes to the snapshot, its
 * apply writes the plan's notes after the cells and sheets. Excel's merged undo (ExcelApi 1.20) is
 * not asked to take notes back: such a plan is written with the add-in's own undo record, which
 * takes back the cells and sheets (the notes stay until the next Grade; docs/undo.md).
 */
export function notesPort(port: ExcelPort, context: Excel.RequestContext, supports: Supports): NotesPort {
  let kinds = new Map<string, Kind>();
  let problem: string | null = null;
  let withNotes: WorkbookSnapshot | null = null;
  return {
    get snapshot() {
      return withNotes ?? port.snapshot;
    },
    undo: port.undo,
    async read(progress) {
      const read = await readCellNotes(context, await port.read(progress), supports);
      kinds = read.kinds;
      return (withNotes = read.snapshot);
    },
    async apply(plan, o) {
      if (plan.notes?.length && port.undo === 'excel') throw new NeedsOwnUndo('cell notes');
      const applied = await port.apply(plan, o);
      if (plan.notes?.length) problem = await writeCellNotes(context, plan.notes, kinds, supports);
      return applied;
    },
    notesProblem: () => problem,
  };
}
