/**
 * The same indicator on two sheets (a 総括表 and its 詳細 sheet, 目標・実績の一覧 and a 施策評価シート) with different actuals,
 * neither sheet saying which is the newer (a 速報値 / 確定値 title or subtitle leaves the early one out:
 * detect/provisionalSheets.ts): both are read and graded, and neither grade may stand in silence — each indicator rests on
 * a `figures-differ` guess naming its own actual and the other sheet's, so a clerk sees which figure to check.
 * A copy keeps its target: only two rows with the same target are one indicator twice; the same name with other targets
 * (施設利用者数 of the sports plan and of the lifelong-learning plan) is two indicators, and equal actuals (a percentage
 * written as a fraction included) a plain repeat, both left to the duplicate finding. One of the two sheets must be named as
 * a summary (総括, 一覧, 集計, まとめ, 概要): two area sheets (北地区, 南地区) give the same indicator's own figures, by design.
 * A summary otherwise copying the sheets (detect/summarySheets.ts marks its slips `differingCopy`) differs by a slip, whichever
 * figure it is: another target (the old 20 for 24) rests on the guess as another actual does, naming the two targets.
 */
import { guessFinding } from '../model/findings';
import type { Evaluated } from '../grading/evaluate';
import { sameFigure } from '../detect/summarySheets';

/** A sheet named as a summary of the others. */
const SUMMARY = /総括|一覧|集計|まとめ|概要|サマリ|summary/i;

const key = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');

/** An indicator's graded actual and its cell, when it has one figure. */
function actualOf(e: Evaluated): { value: number; cell: string } | null {
  const { actual, cells } = e.report;
  return actual !== null && cells.actual ? { value: actual, cell: cells.actual } : null;
}

/** A target's figure and cell, when it has one. */
function targetOf(e: Evaluated): { value: number; cell: string } | null {
  const { target, cells } = e.report;
  return target !== null && cells.target ? { value: target, cell: cells.target } : null;
}

type Figure = { value: number; cell: string };

/**
 * The two figures that differ, each with its cell, and the guess naming them: the actuals under the same target
 * (`figures-differ`); for a summary's slip (`differingCopy`) the actuals whatever the targets, else the targets under the same
 * actual (`targets-differ`). Null when the two agree, or differ in their targets outside a summary's slip.
 */
function differingFigures(x: Evaluated, y: Evaluated): { reason: 'figures-differ' | 'targets-differ'; a: Figure; b: Figure } | null {
  const [a, b] = [actualOf(x), actualOf(y)];
  const [ta, tb] = [targetOf(x), targetOf(y)];
  const sameTarget = !!ta && !!tb && sameFigure(ta.value, tb.value);
  const slip = !!x.raw.differingCopy && !!y.raw.differingCopy;
  if (a && b && !sameFigure(a.value, b.value)) return sameTarget || slip ? { reason: 'figures-differ', a, b } : null;
  return slip && ta && tb && !sameTarget ? { reason: 'targets-differ', a: ta, b: tb } : null;
}

/** Adds the guess (to its guesses and its findings) to each indicator repeated on another sheet with another actual (or target). */
export function addDifferingCopyGuesses(evaluated: Evaluated[], period: string | null): void {
  const byName = new Map<string, Evaluated[]>();
  for (const e of evaluated) {
    if (e.raw.repeated) continue;
    const k = key(e.raw.name);
    byName.set(k, [...(byName.get(k) ?? []), e]);
  }
  for (const group of byName.values()) {
    if (group.length !== 2 || group[0]!.raw.sheet === group[1]!.raw.sheet || !group.some((e) => SUMMARY.test(e.raw.sheet))) continue;
    const differ = differingFigures(group[0]!, group[1]!);
    if (!differ) continue;
    group.forEach((e, i) => {
      const [own, other] = i === 0 ? [differ.a, differ.b] : [differ.b, differ.a];
      const guess = { reason: differ.reason, cells: [own.cell, `${group[1 - i]!.raw.sheet}!${other.cell}`] };
      e.report.guesses.push(guess);
      e.findings.push(guessFinding(e.report.sheet, e.report.name, guess, period));
    });
  }
}
