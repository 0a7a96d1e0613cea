/** The 評価設定 sheet: read its rules (and what is wrong in it), write it, or add it with the default rules (init). */
import {
  checkWorkbook,
  defaultRules,
  readLayoutSection,
  readSettingsSheet,
  settingsSheetSpec,
  SETTINGS_SHEET,
  type ApplyOutcome,
  type Finding,
  type Rules,
  type TaughtLayout,
  type WorkbookPort,
  type WritePlan,
} from '../engine';
import { applyPlan, readWorkbook, stopIfCancelled, type OnProgress } from './steps';

export interface SettingsState {
  rules: Rules;
  /** Problems found in the 評価設定 sheet as it is. */
  findings: Finding[];
  exists: boolean;
}

/** 評価設定 written whole; its taught layout (読み取りの指定), if any, is written again below the rules. */
export const settingsPlan = (rules: Rules, layout?: TaughtLayout | null): WritePlan => ({
  cells: [],
  sheets: [{ mode: 'replace', spec: settingsSheetSpec(rules, layout) }],
  scale: [],
});

export async function readSettings(port: Pick<WorkbookPort, 'read'>, o: { onProgress?: OnProgress } = {}): Promise<SettingsState> {
  const snapshot = await readWorkbook(port, o.onProgress);
  const sheet = snapshot.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (!sheet) return { rules: defaultRules(), findings: [], exists: false };
  const { rules, findings } = readSettingsSheet(sheet, defaultRules());
  return { rules, findings, exists: true };
}

/** Writes 評価設定 with these rules (replacing the sheet). The port must have been read (the Excel port reads it when not). */
export async function writeSettings<O extends ApplyOutcome>(
  port: WorkbookPort<O>,
  rules: Rules,
  o: { onProgress?: OnProgress; signal?: AbortSignal } = {},
): Promise<O> {
  const snapshot = await readWorkbook(port, o.onProgress);
  stopIfCancelled(o.signal);
  const layout = readLayoutSection(snapshot.sheets.find((s) => s.name === SETTINGS_SHEET));
  return applyPlan(port, settingsPlan(rules, layout), { name: 'settings' }, o);
}

/** `exists`: 評価設定 is already there; nothing was written. */
export type InitOutcome<O extends ApplyOutcome = ApplyOutcome> = { kind: 'exists' } | { kind: 'added'; rules: Rules; applied: O };

/** Adds 評価設定 with the rules in effect (the default rules). @throws Stopped when cancelled before writing. */
export async function init<O extends ApplyOutcome>(
  port: WorkbookPort<O>,
  o: { file: string; onProgress?: OnProgress; signal?: AbortSignal },
): Promise<InitOutcome<O>> {
  const snapshot = await readWorkbook(port, o.onProgress);
  stopIfCancelled(o.signal);
  if (snapshot.sheets.some((s) => s.name === SETTINGS_SHEET)) return { kind: 'exists' };
  const { rules } = checkWorkbook(snapshot, { file: o.file }).report;
  return { kind: 'added', rules, applied: await applyPlan(port, settingsPlan(rules), { name: 'settings' }, o) };
}
