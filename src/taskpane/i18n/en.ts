/** The pane's English words (Office's display language English). */
import type { UndoRefusal } from '../../adapters/officejs/undoRecord';
import { renderFinding } from '../../engine/model/findingText';
import type { Finding } from '../../engine/model/report';
import { renderUsage } from '../../engine/model/usageText';
import { renderExpectedListProblem, renderStatus, type ExpectedListProblem, type SubmissionStatus } from '../../engine/model/reviewText';
import type { UsageProblem } from '../../engine/model/usageParams';
import type { Messages } from './ja';
import { clerkEn } from './clerkWords';
import type { FindingsOutcome } from '../../app/rate';

/** Why Undo refuses its record (the Japanese message is the adapter's own, refusalMessage in undoRecord.ts). */
const undoRefusalEn: Record<UndoRefusal, string> = {
  malformed: 'it is not in the form EvalSheet writes',
  unsigned: 'it has no signature: it was edited by hand or written by an old version of EvalSheet',
  'other-workbook': 'it belongs to another workbook: the record sheet may have been copied from one',
  'no-key': 'EvalSheet on this computer did not write it: the workbook was graded on another computer, or the browser data was cleared',
  'bad-signature': 'its signature does not match: the record was changed',
  'foreign-sheet': 'it asks to delete or replace sheets that EvalSheet does not make',
};

export const en: Messages = {
  title: 'EvalSheet policy evaluation check',
  tabCheck: 'Check',
  tabGrade: 'Grade',
  tabUndo: 'Undo',
  tabSettings: 'Settings',
  check: 'Check workbook',
  checking: 'Checking…',
  period: 'Evaluation period',
  unknown: 'unknown',
  indicators: 'Indicators',
  none: 'No grade',
  findings: 'Findings',
  noFindings: 'No findings.',
  severity: 'Show',
  all: 'All',
  error: 'Errors',
  warning: 'Warnings',
  info: 'Info',
  goToCell: 'Go to cell',
  // The Check view's list of what was read, per indicator (issue 16 item 4).
  readIndicators: (n: number) => `Indicators read (${n})`,
  readTarget: 'Target',
  readActual: 'Actual',
  readAttainment: 'Attainment',
  readNoGrade: 'No grade',
  readGuessed: 'Guessed',
  readGuessedTitle: (n: number) => `The reading rests on ${n} guess(es). See the findings below for the cells to check.`,
  readSelect: (name: string) => `Select the cells "${name}" was read from`,
  readOtherSheet: (sheet: string) => `cells on ${sheet}`,
  readStatus: {
    value: '',
    provisional: 'provisional',
    approximate: 'approximate',
    missing: 'not entered',
    pending: 'being counted',
    'not-applicable': 'not applicable',
    'not-implemented': 'not carried out',
    error: 'error',
    unparseable: 'unreadable',
  },
  readGradeProvisional: (grade: string) => `${grade} (provisional)`,
  grade: 'Fill in grades',
  grading: 'Writing…',
  overwrite: 'Replace grades already written with the computed ones',
  cancel: 'Cancel',
  stageRead: 'Reading the workbook',
  stageEvaluate: 'Computing grades',
  stageWrite: 'Writing to the workbook',
  kept: (n: number) => `${n} written grade(s) differ from the computed ones and were kept.`,
  undo: 'Undo the last run',
  undoModeExcel:
    "In this Excel, Ctrl+Z undoes each of EvalSheet's grades, next-period updates, imports and settings in one step. This button undoes only what Excel cannot: the template and the review.",
  undoModeRecord: "In this Excel, Ctrl+Z cannot undo EvalSheet's runs: undo the last one with this button.",
  undoing: 'Undoing…',
  lastRun: (action: string, at: string, cells: number, sheets = '') => `Last run: ${action} (${at}, ${cells} cells${sheets ? `, ${sheets}` : ''})`,
  noLastRun: 'Nothing to undo.',
  skipped: 'Cells changed after the run (left as they are)',
  deletedSheets: 'Sheets deleted',
  settingsIntro: 'The rules are kept in the sheet 評価設定 and travel with the workbook.',
  method: 'Attainment',
  methodRatio: 'actual ÷ target',
  methodProgress: '(actual − baseline) ÷ (target − baseline)',
  rollup: 'Policy rating',
  rollupMean: 'mean of indicator grades (rounded half up)',
  rollupWorst: 'worst indicator grade',
  periodSetting: 'Evaluation period (empty: from the sheet)',
  directions: 'Allowed future directions (comma separated)',
  overrides: 'Direction per indicator (one "name=増加/減少/維持" per line)',
  save: 'Save to 評価設定',
  saved: 'Saved.',
  savedDetail: 'The sheet 評価設定 was rewritten (no other sheet changed). Undo restores the previous settings.',
  invalidPeriod: 'Cannot read the period (e.g. 令和6年度, R6, 2024).',
  invalidOverride: (line: string) => `Cannot read "${line}". Write "name=増加".`,
  emptyDirections: 'Enter at least one future direction.',
  notInExcel: 'Open this page inside Excel (Home tab, EvalSheet button).',
  tabReview: 'Review',
  reviewIntro:
    'Checks submitted workbooks (.xlsx) together and writes the result into four sheets of this workbook (提出状況一覧, 指摘事項, 評価一覧, 集計). The submitted files are only read.',
  chooseFiles: 'Choose submitted workbooks',
  dropHere: 'or drop .xlsx files here',
  expectList: 'Expected submissions (CSV, optional)',
  reviewStart: 'Start review',
  reviewing: 'Reviewing…',
  filesChosen: (n: number) => `${n} file(s)`,
  fileWaiting: 'waiting',
  fileReading: 'reading',
  fileSkipped: 'skipped (a review result)',
  reviewDone: (read: number, unreadable: number, missing: number) =>
    `${read} workbook(s) read, ${unreadable} unreadable, ${missing} missing. The result was written to the sheets.`,
  reviewCancelled: 'Cancelled. Nothing was written to the workbook.',
  showStatus: 'Show 提出状況一覧',
  returnsMake: 'Make the returns to departments (ZIP)',
  returnsMaking: 'Making the returns…',
  returnsNone: 'No workbook has an error or a warning: nothing to return.',
  returnsMade: (n: number, departments: number) =>
    `${n} workbook(s) to return, in one folder per department (${departments}), each with the findings sheet and a note on each cell concerned. The chosen files are unchanged.`,
  returnsDownload: 'Download the ZIP',
  returnsZipName: 'returns.zip',
  returnsFailed: (file: string, why: string) => `Not made: ${file} (${why})`,
  expectProblems: 'Cannot read the expected list: ',
  tabRoll: 'Next period',
  rollIntro:
    "Turns this workbook into the next period's: year mentions move on, written grades move to the previous-grade slot, grade and narrative cells (成果・効果, 課題 …) are emptied. Before anything changes it shows how many cells change and asks whether to make a new workbook or change this one.",
  rollStart: 'Make it next period’s workbook',
  rolling: 'Updating…',
  rollDone: (from: string, to: string, n: number) => `This workbook's period moved from ${from} to ${to} (${n} cell(s) changed; Undo takes it back).`,
  tabUpdate: 'Yearly & monthly',
  tabImport: 'Monthly actuals',
  tabTemplate: 'Template',
  importIntro:
    "Fills one month of the monthly sheets (tables with 4月…3月 columns) from another system's export (CSV in Shift_JIS or UTF-8, or .xlsx) or from the cells selected in this workbook. Indicators are matched by id, then by name.",
  importMonth: 'Month',
  importOverwrite: 'Replace values already there (otherwise they are only listed)',
  importFile: 'Export file (.csv / .xlsx)',
  importFileRows: (name: string, n: number) => `${name}: ${n} row(s)`,
  importFromFile: 'Import from the file',
  importFromSelection: 'Import from the selection',
  importing: 'Importing…',
  importDone: (month: number, written: number, unmatched: number, missing: number, conflicts: number) =>
    `Month ${month}: ${written} written, ${unmatched} row(s) matched nothing, ${missing} indicator(s) without a value, ${conflicts} differing from a value already there.`,
  importUnmatched: (line: number, who: string, value: string) => `Row ${line} matched nothing: ${who} = ${value}. Check the id or name.`,
  importMissing: (where: string, name: string) => `No value: ${where} ${name}`,
  importConflict: (where: string, name: string, before: string, after: string, overwritten: boolean) =>
    `Differs from the value there: ${where} ${name} ${before} → ${after}${overwritten ? ' (replaced)' : ' (kept)'}`,
  importYtd: (month: number) => `Year to date up to month ${month}`,
  ytdIndicator: 'Indicator',
  ytdActual: 'Actual',
  ytdTarget: 'Target',
  ytdGrade: 'Grade',
  ytdSource: { plan: 'monthly plan', prorated: 'annual target pro-rated', annual: 'annual target', none: 'no target' },
  ytdMissing: (months: string) => `months without an actual: ${months}`,
  templateIntro:
    'Adds the recommended evaluation sheets (policy sheet, project table, settings) to this workbook. Run it in a new blank workbook. Headers and formulas are protected (no password); type into the coloured cells.',
  templateYear: 'Fiscal year evaluated',
  templatePlanStart: 'Plan: first year',
  templatePlanEnd: 'Plan: last year',
  templateSample: 'Fill with sample data (to try it out)',
  templateStart: 'Create the template',
  templateWorking: 'Creating…',
  templateDone: (sheets: string, period: string) => `Added ${sheets} (period ${period}). Type into the coloured cells. Undo deletes the sheets.`,
  confirmCancel: 'Cancel',
  confirmCancelled: 'Cancelled. The workbook was not changed.',
  planning: 'Working out the changes…',
  gradeConfirmTitle: 'Replace grades already written?',
  gradeConfirmLine: (fill: number, replace: number) =>
    `${fill} empty cell(s) get a grade and ${replace} grade(s) already written are replaced with the computed ones.`,
  sheetsRemade: (sheets: string) => `The sheet(s) ${sheets} are remade.`,
  blockedAhead: (n: number) => `${n} locked cell(s) of protected sheets cannot be written (listed afterwards).`,
  undoable: 'Undo takes it back.',
  gradeConfirm: 'Replace and fill in',
  gradeWritten: (fill: number, replace: number) =>
    fill + replace ? `Grades written into ${fill + replace} cell(s) (${fill} empty, ${replace} replaced).` : 'No grade written (no empty grade cell).',
  gradeSheets: (sheets: string) => `Sheet(s) ${sheets} remade.`,
  gradeNoIndicators: 'No indicator was found, so nothing was written (no 評価サマリー either). Check that the sheets have headings such as 実績値 and 目標値.',
  gradeBlocked: (n: number, cells: string) =>
    `${n} grade(s) not written: ${cells}. Their sheet is protected and the cells are locked. Unprotect the sheet (Review → Unprotect Sheet) and run again to write them.`,
  gradeSummaryProtected: 'The sheet 評価サマリー is protected and was not remade.',
  gradeNotes: 'Write the findings into their cells as notes',
  gradeNotesHint:
    'Adds the sheet 指摘事項 and a note starting 【EvalSheet】 on each cell a finding names. Notes of findings since fixed go at the next run. Notes a person wrote are never changed.',
  gradeFindings: (f: FindingsOutcome) => {
    const n = f.notes;
    const sheet = f.sheetProtected
      ? 'The sheet 指摘事項 is protected and was not remade. '
      : f.sheetForeign
        ? 'The workbook has a sheet 指摘事項 that EvalSheet did not make: it was left as it is (rename it and the next run makes the list). '
        : f.count
          ? `${f.count} finding(s) listed in the sheet 指摘事項. `
          : 'The sheet 指摘事項: no findings. ';
    if (!n) return sheet.trim();
    const notes = `Notes: ${n.written} new, ${n.replaced} rewritten, ${n.removed} removed (finding fixed), ${n.unchanged} unchanged. `;
    const skipped = [
      n.personNotes ? `${n.personNotes} cell(s) with a note a person wrote got none (that note is unchanged). ` : '',
      n.protectedCells ? `${n.protectedCells} cell(s) on protected sheets got none. ` : '',
      n.left ? `${n.left} earlier note(s) on protected sheets were left. ` : '',
    ].join('');
    return `${sheet}${notes}${skipped}Undo does not remove the notes.`;
  },
  gradeNotesRefused:
    'Excel could not write some of the notes (a cell with a note this Excel cannot see, for example). The grades and sheets were written. Check the cells listed in 指摘事項.',
  rollConfirmTitle: (from: string, to: string) => `${from} → ${to}`,
  rollConfirmLine: (n: number, kinds: string) => `${n} cell(s) change (${kinds}).`,
  rollKinds: {
    period: 'year mentions',
    'grade-moved': 'grades to the previous-grade slot',
    'grade-cleared': 'grades emptied',
    'narrative-cleared': 'narratives emptied',
    'actual-moved': 'actuals to last year’s column',
    'actual-cleared': 'actuals emptied',
  } as Record<string, string>,
  rollConfirmWarnings: (n: number) => `${n} warning(s), such as cells that cannot be changed (listed afterwards).`,
  rollNewChoice:
    'As a new workbook (recommended): opens a new workbook with this one’s content and the changes. This workbook is not changed. The new one is not saved yet: save it under next year’s name.',
  rollOpenChoice: 'Change this workbook: rewrites the open workbook itself. Undo takes it back. Save it under next year’s name first.',
  rollNewUnavailable: (reason: string) => `${reason} Only this workbook can be changed.`,
  rollToNew: 'Make a new workbook',
  rollToOpen: 'Change this workbook',
  rollNewDone: (from: string, to: string, n: number) =>
    `A new workbook for ${to} (from ${from}, ${n} cell(s) changed) was opened. It is not saved yet: save it under next year’s name. This workbook was not changed.`,
  rollNotKept: 'The new workbook was rewritten whole: this workbook’s charts and drawings were not carried over.',
  undoneParts: {
    cells: (n: number) => `${n} cell(s) restored`,
    sheet: (name: string, n: number) => `sheet ${name} restored (${n} cell(s) with content)`,
    deleted: (names: string) => `added sheet(s) ${names} deleted`,
  },
  undoneHead: (action: string) => `Undid "${action}".`,
  undoneNothing: 'No cell or sheet was restored.',
  undoMissing: (names: string) => `sheet(s) ${names} no longer there, not made again`,
  undoRefused: (reason: UndoRefusal) =>
    `Undo does nothing: its record in this workbook cannot be trusted (${undoRefusalEn[reason]}). Nothing in the workbook was changed (no cell written, no sheet deleted).`,
  lastRunSheets: (added: string, replaced: string) => [added && `added ${added}`, replaced && `replaced ${replaced}`].filter(Boolean).join(', '),
  finding: (f: Finding) => renderFinding(f, { lang: 'en', surface: 'excel' }),
  // Usage errors and the review's words, from the engine's catalog (issue 15).
  usage: (u: UsageProblem) => renderUsage(u, { lang: 'en', surface: 'excel' }),
  status: (s: SubmissionStatus) => renderStatus(s, 'en'),
  provisional: (status: string) => `${status} (provisional)`,
  provisionalTitle: (detail: string) => `${detail} (provisional: before the comparison with the other files)`,
  expectProblem: (p: ExpectedListProblem) => renderExpectedListProblem(p, { lang: 'en', surface: 'excel' }),
  clerk: clerkEn,
};
