/**
 * Teach a layout (読み取りを修正): the cells the user selected, saved as rows of 評価設定's
 * 読み取りの指定, so that check, rate, review and roll read the layout that way from then on.
 */
import {
  checkEntry,
  defaultRules,
  mergeLayouts,
  planLayoutRemoval,
  readLayoutSection,
  readSettingsSheet,
  SETTINGS_SHEET,
  type ApplyOutcome,
  type TaughtEntry,
  type TaughtLayout,
  type TaughtProblem,
  type WorkbookPort,
} from '../engine';
import type { Finding } from '../engine';
import { settingsPlan } from './settings';
import { applyPlan, readWorkbook, stopIfCancelled, type OnProgress } from './steps';

/** Saved: the layout now in 評価設定; refused: what is wrong with the entries (nothing written). */
export type SaveLayoutOutcome<O extends ApplyOutcome = ApplyOutcome> =
  { kind: 'saved'; layout: TaughtLayout; applied: O } | { kind: 'refused'; problems: TaughtProblem[] };

/** The taught layout written in the workbook's 評価設定 (null when there is none). */
export async function readLayout(port: Pick<WorkbookPort, 'read'>, o: { onProgress?: OnProgress } = {}): Promise<TaughtLayout | null> {
  const snapshot = await readWorkbook(port, o.onProgress);
  return readLayoutSection(snapshot.sheets.find((s) => s.name === SETTINGS_SHEET));
}

/**
 * Adds the entries to 評価設定's 読み取りの指定 (an entry on the same name cells as one already
 * there replaces it), keeping the rules as they are; 評価設定 is added with the default rules when
 * the workbook has none. Entries with problems are refused and nothing is written.
 */
export async function saveLayout<O extends ApplyOutcome>(
  port: WorkbookPort<O>,
  entries: TaughtEntry[],
  o: { onProgress?: OnProgress; signal?: AbortSignal } = {},
): Promise<SaveLayoutOutcome<O>> {
  const snapshot = await readWorkbook(port, o.onProgress);
  stopIfCancelled(o.signal);
  const problems = entries.flatMap(
    (e) =>
      checkEntry(
        e,
        snapshot.sheets.some((s) => s.name === e.sheet),
      ).problems,
  );
  if (problems.length) return { kind: 'refused', problems };
  const sheet = snapshot.sheets.find((s) => s.name === SETTINGS_SHEET);
  const read = sheet ? readSettingsSheet(sheet, defaultRules()) : { rules: defaultRules(), findings: [] };
  // 評価設定 is written whole: a value it cannot read would be replaced by the default, so nothing is written.
  const unreadable = read.findings.filter((f) => f.code === 'settings-invalid' && !(f.params as { variant: string }).variant.startsWith('layout'));
  if (unreadable.length) return { kind: 'refused', problems: unreadable.map(settingsProblem) };
  const rules = read.rules;
  const layout = mergeLayouts(readLayoutSection(sheet), entries);
  return { kind: 'saved', layout, applied: await applyPlan(port, settingsPlan(rules, layout), { name: 'settings' }, o) };
}

/**
 * removed: the entry's row taken out of 評価設定 (the section's rows below it moved up one);
 * protected: 評価設定 is protected; missing: 評価設定 holds no such entry (any more). Nothing is written but on 'removed'.
 */
export type RemoveLayoutOutcome<O extends ApplyOutcome = ApplyOutcome> =
  { kind: 'removed'; entry: TaughtEntry; layout: TaughtLayout; applied: O } | { kind: 'protected' } | { kind: 'missing' };

/**
 * Takes one taught entry (as readLayout listed it) out of 評価設定's 読み取りの指定, changing only
 * the section's cells (not the sheet rewritten): undone like the other writes.
 */
export async function removeLayoutEntry<O extends ApplyOutcome>(
  port: WorkbookPort<O>,
  entry: TaughtEntry,
  o: { onProgress?: OnProgress; signal?: AbortSignal } = {},
): Promise<RemoveLayoutOutcome<O>> {
  const snapshot = await readWorkbook(port, o.onProgress);
  stopIfCancelled(o.signal);
  const sheet = snapshot.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (!sheet) return { kind: 'missing' };
  if (sheet.protected) return { kind: 'protected' };
  const planned = planLayoutRemoval(sheet, entry);
  if (planned.kind === 'missing') return planned;
  const applied = await applyPlan(port, { cells: planned.writes, sheets: [], scale: [] }, { name: 'settings' }, o);
  return { kind: 'removed', entry: planned.entry, layout: { entries: planned.remaining }, applied };
}

function settingsProblem(f: Finding): TaughtProblem {
  const ja = `評価設定のセル ${f.cell ?? ''} の値を読み取れないため、読み取りの指定を保存していません（保存すると評価設定を書き直すため）。先にこの値を直してください：${f.message}`;
  return {
    sheet: SETTINGS_SHEET,
    cell: f.cell,
    source: null,
    ja,
    en: `The 評価設定 cell ${f.cell ?? ''} cannot be read; the layout was not saved (saving rewrites 評価設定). Correct it first.`,
  };
}
