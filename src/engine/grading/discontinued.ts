/**
 * An indicator the workbook says was discontinued: its 備考 states it (「R4年度で指標廃止」「事業休止中」
 * 「廃止」), its actual for the period says so in place of a figure (「廃止」「休止中」), or its name carries
 * the mark (「放課後児童クラブ数（R4廃止）」「【休止】…」). A clerk does not
 * grade it: it has no actual to stand for the period. A plan (廃止予定, 廃止を検討), a project to end
 * after the period (令和5年度をもって廃止, evaluating R5) or something else stopped (休止中の施設を除く) is
 * not that; 今後の方向性's 廃止 is the future of a project still graded.
 */
import { findPeriod, type Period } from '../values/periods';
import { normalizeText } from '../values/text';
import type { RawIndicator } from '../detect';
import { finding } from '../model/findings';
import type { Evaluated } from './evaluate';

export interface Discontinued {
  /** The cell whose words say so (the note's, else the name's). */
  cell: string;
  text: string;
}

/** Short statements: [period] [で|から|…] [指標|事業…][は|を|が] 廃止|休止 [した|中|済み …]. */
const STATEMENT =
  /^(?<when>で|に|から|より|をもって|限りで|末で|末に|末をもって)?の?(?:指標|事業|調査|制度|取組|集計|測定|計測)?(?:は|を|が)?(?:廃止|休止)(?:した|しました|済み?|中|された|されました|となった|となりました|とした|している)?[。．.]?$/;
/** A mark in the name: （廃止）【R4休止】[廃止済]. */
const NAME_MARK = /[（(【[]\s*(?:(?:令和|平成|[RH])\s*(?:\d{1,2}|元)\s*年?度?\s*(?:で|に|から|より)?)?\s*(?:廃止|休止)(?:済み?|中)?\s*[)）】\]]/;

/** Whether the indicator stands discontinued for the evaluation period, and the cell that says so. */
export function discontinuedBy(ind: RawIndicator, period: Period | null): Discontinued | null {
  if (ind.note && ind.noteCell && (statesDiscontinued(ind.note, period) || remarkSetsAside(ind.note, period))) return { cell: ind.noteCell, text: ind.note };
  if (NAME_MARK.test(normalizeText(ind.name))) return { cell: ind.nameCell, text: ind.name };
  return null;
}

/** A note that says the indicator (or its project) was discontinued by the evaluation period. */
export function statesDiscontinued(note: string, period: Period | null): boolean {
  let t = normalizeText(note).replace(/\s+/g, '');
  if (t.length > 30 || !/(廃止|休止)/.test(t)) return false;
  const p = findPeriod(t);
  if (p) t = (t.slice(0, p.index) + t.slice(p.index + p.length)).replace(/^(年度|年)/, '');
  const m = STATEMENT.exec(t);
  if (!m) return false;
  if (!p || !period) return true;
  // 「R5年度から休止」: stopped from that year on; 「R4年度で廃止」「R4廃止」: that year was its last.
  const from = /^(から|より|に)$/.test(m.groups?.when ?? '');
  return from ? p.period.fiscalYear <= period.fiscalYear : p.period.fiscalYear < period.fiscalYear;
}

/** 「指標廃止」「指標を休止」 anywhere in a remark, not a plan (廃止予定, 廃止を検討, 廃止の見込み). */
const INDICATOR_ENDED = /指標(?:を|は|が|の)?(?:廃止|休止)(?!予定|の?予定|を?検討|の?見込|する|します|したい)/;
/** 「評価対象外」「評価しない」「評価の対象としない」「評価は行わない」, not 「評価対象外の施設を除く」. */
const NOT_GRADED =
  /評価(?:の)?対象外(?!の(?!ため))|評価(?:の)?対象(?:と|に)?(?:しない|せず|しません)|評価(?:を|は)?(?:しない|しません|せず|行わない|行いません|行っていない)/;
/** A year the remark dates that from: 「R6年度から」「令和6年度以降」. */
const FROM_YEAR = /^(?:年度|年)?(?:から|より|以降)/;
/** A year the remark is about only: 「R4年度は評価しない」「R4年度の評価対象外」. */
const ABOUT_YEAR = /^(?:年度|年)?(?:は|の)/;

/**
 * A remark of any length that says the indicator itself is set aside for the period: it was abolished (指標廃止) or is
 * not graded (評価対象外, 評価しない) — 「指標廃止（測定地点見直しのため評価対象外）」「R5年度から指標変更のため評価しない」.
 * A remark dating that from a later year (「R6年度から評価対象外」) or about another year only (「R4年度は評価しない」)
 * leaves the period graded; a project's 廃止 (事業廃止, 今後の方向性) is not the indicator's.
 */
export function remarkSetsAside(note: string, period: Period | null): boolean {
  const t = normalizeText(note).replace(/\s+/g, '');
  if (!INDICATOR_ENDED.test(t) && !NOT_GRADED.test(t)) return false;
  const p = findPeriod(t);
  if (!p || !period) return true;
  const year = p.period.fiscalYear;
  const after = t.slice(p.index + p.length);
  if (FROM_YEAR.test(after)) return year <= period.fiscalYear;
  return year === period.fiscalYear || (year < period.fiscalYear && !ABOUT_YEAR.test(after));
}

/**
 * A discontinued indicator is reported, not graded: no grade, no attainment, and in place of what its
 * values would say, one finding naming the cell whose words set it aside.
 */
export function setAsideDiscontinued(e: Evaluated, period: Period | null): Evaluated {
  const said = actualSays(e, period);
  const by = discontinuedBy(e.raw, period) ?? said;
  if (!by) return e;
  const report = { ...e.report, grade: null, attainment: null };
  // 「廃止」 written for the actual is no figure to read: nothing stands for the period.
  if (said) report.actualStatus = 'not-applicable';
  delete report.gradeProvisional;
  return { ...e, report, findings: [finding('indicator-discontinued', { sheet: e.raw.sheet, cell: by.cell, indicator: e.report.name }, by)] };
}

/** The actual chosen for the period, a text that says the indicator was discontinued (「廃止」「事業休止中」). */
function actualSays(e: Evaluated, period: Period | null): Discontinued | null {
  const cell = e.report.cells.actual;
  const raw = cell ? e.raw.actuals.find((p) => p.cell === cell)?.raw : undefined;
  return typeof raw === 'string' && cell && statesDiscontinued(raw, period) ? { cell, text: raw.trim() } : null;
}
