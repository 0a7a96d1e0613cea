/**
 * The notes EvalSheet writes on the cells its findings name: how they are told apart from a
 * person's (their text starts with NOTE_MARK; their author is NOTE_AUTHOR), and the write of one.
 * A person's note is never written, replaced or removed.
 */

/** The start of every note EvalSheet writes. A note without it is a person's. */
export const NOTE_MARK = '【EvalSheet】';
/** The author of the notes EvalSheet writes (legacy notes in a file; Excel shows it). */
export const NOTE_AUTHOR = 'EvalSheet';

/** True when a note's text is one EvalSheet wrote. */
export function isEvalSheetNote(text: string): boolean {
  return text.trimStart().startsWith(NOTE_MARK);
}

/** A sheet's notes split into a person's (`notes`) and EvalSheet's own (`evalsheetNotes`); absent when none. */
export function splitNotes(all: Record<string, string> | null | undefined): { notes?: Record<string, string>; evalsheetNotes?: Record<string, string> } {
  const person: Record<string, string> = {};
  const own: Record<string, string> = {};
  let persons = 0;
  let owns = 0;
  for (const [cell, text] of Object.entries(all ?? {})) {
    if (isEvalSheetNote(text)) {
      own[cell] = text;
      owns++;
    } else {
      person[cell] = text;
      persons++;
    }
  }
  return { ...(persons ? { notes: person } : {}), ...(owns ? { evalsheetNotes: own } : {}) };
}

/**
 * One EvalSheet note to write on a cell (`text`), or to remove (`text: null`). `previous`: the
 * EvalSheet note the cell had (null when none). Only EvalSheet's own notes are ever in a plan.
 */
export interface NoteWrite {
  sheet: string;
  cell: string;
  text: string | null;
  previous: string | null;
}

/**
 * What became of the note on a finding's cell: written (or already there as it is), not written
 * because a person's note is on the cell or the sheet is protected, or none (the finding names no
 * cell of the workbook).
 */
export type FindingNoteStatus = 'written' | 'person-note' | 'protected' | 'no-cell';
