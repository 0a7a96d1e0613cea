/**
 * A note on the sheet saying how a period without a target of its own is judged: 「※計画値が「－」の年度は、
 * 目標値（Ｒ７）により評価する。」「目標値が未設定の年度は最終目標値で評価します」. A period's own target cell
 * written 「－」 otherwise means no target for that period (grading/choosePoints.ts: never a later
 * target silently in its place); with such a note the sheet itself says to use the final target, and
 * grading does so and says it did (a `target-from-final` finding naming this note's cell).
 * The note speaks of every indicator of its sheet; it names none of them. What it speaks of may be a period
 * (年度 / 期) or the indicators themselves (「中間目標を定めていない指標は最終目標と比較した」): either way, no
 * target of its own → another target it is judged or compared against.
 */
import { a1, parseA1 } from '../model/address';
import { findPeriod } from '../values/periods';
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import { sheetMentions, textCells } from './sheetTexts';
import { namedFinalTarget } from './namedFinalTarget';
import { finalOnlyRemark } from './finalOnlyRemark';
import { RemarkHeadings, remarkOnRow } from './remarkHeadings';
import type { RawIndicator } from './types';

/** The period's own target written as a dash in brackets (「－」), or said to be blank or unset. */
const NO_OWN = String.raw`(「\s*-+\s*」|空欄|未設定|(設定|設け|定め)(され|し|られ)?て?(い)?ない|(設定|定め)(の|が)ない|設定なし|記載(が|の)?ない)`;

/** The target itself is what is missing (「目標値が「－」」「中間目標を定めていない」「計画値が未設定」「目標値がない」), not an actual. */
const NO_OWN_TARGET = String.raw`((目標|計画値)[^。、]{0,4}?${NO_OWN}|(目標値?|計画値)(が|の)?(ない|無い|なし))`;

/** Judged (評価 / 判定 / 算出 / 比較 / 点検) with or against a target: 「…により評価」「…で判定」「…により点検」「…と比較」「…と比較した」「…に照らして」「…に対して評価」. */
const JUDGED = String.raw`((により|によって|で|を用いて|に基づ[きい]|と比較|と比べ|をもとに|を基に|に対して?)[^。]{0,10}?(評価|判定|算出|比較|点検)|(と|に)(比較|比べ|対比|照ら))`;

/** What has no target of its own: a period, or the indicator (指標 / 項目 / もの / 場合). */
const SUBJECT = '(年度|年|期|指標|項目|もの|場合)';

/**
 * The target judged against named as the plan's last one: 最終目標, 計画目標, 計画最終年度の目標, 目標年度の目標, or a
 * target of a named year (目標値（R7）, R7目標, 目標値（令7）). A target of someone else (国の目標値) or a bare 目標値 is not.
 */
const FINAL_TARGET = String.raw`(最終[^。、]{0,4}?目標|計画(最終年度)?の?目標|目標年度の目標|目標値?\((R|H|令和|平成|令|平)?\d+(年度?)?\)|(R|H|令和|平成|令|平)\d+(年度?)?の?目標)`;

/**
 * A period or indicator without its own target, then the final target it is judged by, in one sentence, or in the
 * sentence right after it when that one opens with the final target (「「-」は目標を設定していないもの。最終目標（R6年度末）に対して評価する」).
 */
const NOTE = new RegExp(`${NO_OWN_TARGET}(?<between>[^。]{0,20}?${SUBJECT}(?:[^。]{0,20}?|[^。]{0,20}?。))${FINAL_TARGET}[^。]{0,30}?${JUDGED}`);

/** Between the missing target and the final one, a judging denied (「目標を設定していない年度で、評価は行わない。」): such a period is not judged. */
const DENIED_BETWEEN = /(評価|判定|比較|算出)[^。]{0,8}?(ない|せず|しない)|対象外|行わない|行わず/;

/** A judging denied in the rest of its clause (「と比較できない」「比較せず」「評価を行わない」「評価の対象外」): the note states nothing. */
const DENIED = /^[^。、]*?(ない|ず|なし|対象外)/;

/** A note about another year's target (前年度の目標で評価) says nothing of the final target. */
const OTHER_YEAR = /前年|前期|昨年/;

/** Whether a normalised text says a period or indicator without its own target is judged against the final target. */
function saysFinalTarget(t: string): boolean {
  const m = NOTE.exec(t);
  return !!m && !DENIED_BETWEEN.test(m.groups!.between) && !DENIED.test(t.slice(m.index + m[0].length)) && !OTHER_YEAR.test(t);
}

/** The note's cell and text, or undefined when the sheet has none. */
export function finalTargetNote(grid: Grid): { cell: string; text: string } | undefined {
  // 目標 is tested first: it rules out nearly every cell, and a sheet not writing it at all (sheetTexts.ts).
  if (!sheetMentions(grid, '目標')) return undefined;
  for (const { row: r, col: c, text: v } of textCells(grid)) {
    if (v.length > 200 || !v.includes('目標')) continue;
    const t = normalizeText(v).replace(/\s+/g, '');
    if (saysFinalTarget(t)) return { cell: a1(r, c), text: v.trim() };
  }
  // A final target named as the plan's last beside 「－」 said to set no target: the same statement (namedFinalTarget.ts).
  const named = namedFinalTarget(textCells(grid));
  return named ? { cell: a1(named.row, named.col), text: named.text.trim() } : undefined;
}

/** Marks every indicator of the sheet with the sheet's note, when it has one; else each with its own remark saying so. */
export function applyFinalTargetNote(grid: Grid, indicators: RawIndicator[]): void {
  if (!indicators.length) return;
  const note = finalTargetNote(grid);
  if (note) for (const ind of indicators) ind.finalTargetNote = note;
  else if (sheetMentions(grid, '設定') || sheetMentions(grid, '定め') || sheetMentions(grid, '設け')) applyOwnRemarks(grid, indicators);
}

/** The yearly targets said to be unset: 「各年度の期待値は設定していない」「年度ごとの目標値は定めない」「単年度の計画値：未設定」. */
const YEARLY_UNSET = String.raw`(各年度|毎年度?|年度ごと|年度毎|年度別|単年度|各年|中間年度?|途中年度)の?(期待値|目標値?|計画値)[^。]{0,6}?(${NO_OWN}|定めない|設けない)`;
const YEARLY_UNSET_RE = new RegExp(YEARLY_UNSET);

/**
 * The target said to be set for one year alone (「期待値は目標年度（R7）のみ設定」「目標値は最終年度のみ定める」): the words before
 * のみ, to be told the final year (目標年度, 最終年度, or that year written).
 */
const ONLY_ONE_YEAR = /(期待値|目標値?|計画値)は?([^。、]{1,14}?)のみ(設定|定め|設け)/;

/**
 * The same with the year written before the target (「R7目標値のみ設定」「令和7年度（末）の目標値のみ定める」): the year in group 2.
 * Said of another body's plan anywhere before it in its sentence (「県の総合計画のR7目標値のみ設定」「国の基本方針に基づく…」,
 * `OTHER_BODY`), or followed by words keeping the year ungraded (「…のため、R5は実績値のみ記載」「R5は参考値」「算出しない」,
 * `KEPT_UNGRADED`), it says nothing of the indicator's own final target (review rv70).
 */
const YEAR_ONLY = /(^|[^A-Za-z0-9])((?:R|H|令和|平成|令|平)\d{1,2}(?:年度?末?)?)の?(?:期待値|目標値?|計画値)のみ(?:設定|定め|設け)/;

/** Another body or its plan: 国, 県, 全国, 都道府県, a 前期 / 前 / 他の plan (not 外国人). */
const OTHER_BODY = /(?<!外)国|県|前期計画|前計画|他の?計画/;

/** After the statement, the year kept ungraded: its actual alone written, a reference figure, no rate computed. */
const KEPT_UNGRADED = /実績値?のみ|参考|算出(し|せ|でき)|評価(し|せ|でき)(ない|ず)/;

/** Words naming the plan's final year: 目標年度, 最終年度, 計画最終年度, 目標年. */
const FINAL_YEAR = /目標年|最終年/;

/** A rule for the years in between after the statement (「…のみ設定し、各年度は前年度実績以上を目指す」「。中間年度は…で評価」): they have one. */
const YEARS_BETWEEN = /各年度|中間年度?|途中年度|前年度|毎年度?|年度ごと|年度毎|単年度/;

/** Another subject named right before the target (「指標②の目標値」「国の目標値」「前期計画の目標値」); a numbered indicator kept as its number. */
const OTHER_SUBJECT = /(?:指標(?:No\.?)?([0-9]+)|国|県|都|道|府|全国|他の?指標|前期計画|前計画)の?$/;

/**
 * Whether a remark says the yearly targets are unset, or set for the final year (`last`) alone, and nothing more about the
 * years in between (review rv62), of no other subject than the indicator (`ownMark`: whether a numbered 指標 is its own).
 */
function saysYearlyUnset(t: string, last: number, ownMark: (n: string) => boolean): boolean {
  const unset = YEARLY_UNSET_RE.exec(t) ?? finalOnlyRemark(t); // 「期待値は設定せず最終目標値のみ」 (finalOnlyRemark.ts)
  const yearOnly = unset ? null : YEAR_ONLY.exec(t);
  const m = unset ?? yearOnly ?? ONLY_ONE_YEAR.exec(t);
  if (!m || YEARS_BETWEEN.test(t.slice(m.index + m[0].length))) return false;
  const other = OTHER_SUBJECT.exec(t.slice(0, m.index).replace(/^.*。/, ''));
  if (other && !(other[1] !== undefined && ownMark(other[1]))) return false;
  if (unset) return true;
  if (m === yearOnly && (OTHER_BODY.test(t.slice(0, m.index + m[1].length).replace(/^.*。/, '')) || KEPT_UNGRADED.test(t.slice(m.index + m[0].length))))
    return false;
  const year = findPeriod(m[2]!.replace(/末$/, ''));
  return year ? year.period.kind === 'fiscal' && year.period.fiscalYear === last : FINAL_YEAR.test(m[2]!);
}

/** Whether the row of the indicator's name writes its number (指標① → 指標1): a remark naming 指標1 speaks of it. */
function marksOwnNumber(grid: Grid, ind: RawIndicator): (n: string) => boolean {
  return (n) => {
    const row = parseA1(ind.nameCell)?.row;
    if (row === undefined) return false;
    const mark = new RegExp(`指標(No\\.?)?${n}(?![0-9])`);
    for (let col = grid.left; col <= grid.right; col++) if (mark.test(normalizeText(grid.text(row, col)).replace(/\s+/g, ''))) return true;
    return false;
  };
}

/**
 * A remark on a line of the indicator's own (its 備考 on a year's row: 「各年度の期待値は設定していない」, or a policy block's 備考
 * line: 「期待値は目標年度（R7）のみ設定」, set for the final year alone) saying it has no yearly
 * targets, where its only target written as a figure is its last one (R7（目標値） | 35.0, every other year 「－」 or blank): the
 * plan sets the final target alone, so a year's 「－」 is judged against it, as a note on the sheet would say (graded and said,
 * a `target-from-final` finding naming the remark). A remark denying the judging (評価しない) says nothing.
 */
function applyOwnRemarks(grid: Grid, indicators: RawIndicator[]): void {
  let headings: RemarkHeadings | undefined;
  for (const ind of indicators) {
    const figures = ind.targets.filter((t) => t.parsed.status === 'value');
    const last = Math.max(...ind.targets.map((t) => t.period?.fiscalYear ?? -Infinity));
    if (figures.length !== 1 || figures[0].period?.fiscalYear !== last) continue;
    const h = (headings ??= new RemarkHeadings(grid));
    // Its own 備考 line (a policy block's), then the 備考 of each of its lines, the target year's too (its 実績値 blank): looked
    // up from the actual's column.
    const actual = ind.actuals[0];
    const rows = [...new Set([...ind.actuals, ...ind.targets].map((p) => p.row))];
    const own = ind.note && ind.noteCell ? [{ text: ind.note, cell: ind.noteCell }] : [];
    const remarks = [...own, ...(actual ? rows.map((row) => remarkOnRow(grid, h, { ...actual, row }, 12)) : [])];
    for (const remark of remarks) {
      const t = remark ? normalizeText(remark.text).replace(/\s+/g, '') : '';
      if (!remark || !saysYearlyUnset(t, last, marksOwnNumber(grid, ind)) || DENIED_BETWEEN.test(t)) continue;
      ind.finalTargetNote = { cell: remark.cell, text: remark.text.trim() };
      break;
    }
  }
}
