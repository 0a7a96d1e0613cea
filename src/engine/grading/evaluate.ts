/**
 * Evaluates one detected indicator for the evaluation period: chooses the actual and the
 * target, computes attainment and the grade, and reports what a clerk should look at.
 */
import { attainment, gradeFor } from './bands';
import type { Point, RawIndicator, TargetPoint } from '../detect';
import { finding, num, pct } from '../model/findings';
import { directionFromWords, type Direction } from '../values/labels';
import { periodOrder, type Period } from '../values/periods';
import type { ActualStatus, Finding, IndicatorReport, MeasureReport, ReportTargetSource, Trend } from '../model/report';
import type { Rules } from './rules';
import { oneLine } from '../values/text';
import { conversionFactor } from '../values/units';
import { parseGrade, type ParsedValue, type Quantity } from '../values/values';

export interface EvalContext {
  period: Period | null;
  rules: Rules;
}

export interface Evaluated {
  report: IndicatorReport;
  findings: Finding[];
  raw: RawIndicator;
}

const DIRECTION_WORDS: Record<Direction, string> = { up: '上昇（高いほど良い）', down: '減少（低いほど良い）', maintain: '維持' };

function isValue(p: Point | undefined): p is Point {
  return !!p && p.parsed.status === 'value' && !p.parsed.ambiguous;
}

/** The actual for the period: a period column's, or a period-less column's. */
function chooseActual(ind: RawIndicator, period: Period | null): { point?: Point; columnMissing: boolean } {
  const dated = ind.actuals.filter((p) => p.period);
  const undated = ind.actuals.filter((p) => !p.period);
  if (period) {
    const same = dated.filter((p) => p.period!.fiscalYear === period.fiscalYear);
    if (same.length) {
      const filled = same.filter((p) => p.parsed.status !== 'missing');
      return { point: filled.length ? filled[filled.length - 1] : same[same.length - 1], columnMissing: false };
    }
    if (undated.length) return { point: undated[0], columnMissing: false };
    return { columnMissing: dated.length > 0 };
  }
  if (undated.length) return { point: undated[0], columnMissing: false };
  const withValue = dated.filter((p) => p.parsed.status !== 'missing').sort((a, b) => periodOrder(a.period!) - periodOrder(b.period!));
  return { point: withValue[withValue.length - 1] ?? dated[dated.length - 1], columnMissing: false };
}

/** The actual of the period before (for trend, outliers and last period's grade). */
function previousActual(ind: RawIndicator, current: Point | undefined, period: Period | null): Point | undefined {
  const ref = current?.period ?? period;
  if (!ref) return undefined;
  const before = ind.actuals.filter((p) => p.period && periodOrder(p.period) < periodOrder(ref) && p.period.fiscalYear < ref.fiscalYear + 1 && isValue(p));
  before.sort((a, b) => periodOrder(a.period!) - periodOrder(b.period!));
  const last = before[before.length - 1];
  // Only the period right before counts (a gap of years is not "the previous period").
  if (last && ref.fiscalYear - last.period!.fiscalYear <= 1) return last;
  return undefined;
}

interface ChosenTarget {
  point?: TargetPoint;
  value?: ParsedValue;
  source: ReportTargetSource | null;
  /** The cell a person should fill when there is no usable target. */
  blame?: TargetPoint;
  /** Targets written for another year only (a 「R6年度数値目標」 column beside 「R6年度実績値」): not used. */
  otherPeriod?: TargetPoint[];
}

/**
 * A table's target column named after one year, with that year's own actual column beside it
 * (「R6年度数値目標 | R6年度実績値」), is that year's target and no other's, when the table is laid
 * out per year: a target for every year with an actual column but at most one (last year's actual,
 * shown for reference). A plan table's 「目標（R8）」 (no R8 actual column), a 「目標（R7）」 after
 * actual columns R3 … R7, and the last 期待値 of a policy block's year row are final targets by
 * design and stay usable for every period.
 */
export function perYearTargetOf(ind: RawIndicator, t: TargetPoint, period: Period | null): boolean {
  if (ind.layout !== 'table' || !period || !t.period || t.period.fiscalYear === period.fiscalYear) return false;
  const actualYears = new Set(ind.actuals.filter((a) => a.period).map((a) => a.period!.fiscalYear));
  if (!actualYears.has(t.period.fiscalYear)) return false;
  const targetYears = new Set(ind.targets.filter((x) => x.period).map((x) => x.period!.fiscalYear));
  return [...actualYears].filter((y) => !targetYears.has(y)).length <= 1;
}

function finalTarget(ind: RawIndicator, period: Period | null): TargetPoint | undefined {
  const explicit = ind.targets.find((t) => t.kind === 'target' && !t.period && t.parsed.status === 'value');
  if (explicit) return explicit;
  const dated = ind.targets
    .filter((t) => t.period && t.parsed.status === 'value' && !perYearTargetOf(ind, t, period))
    .sort((a, b) => periodOrder(a.period!) - periodOrder(b.period!));
  return dated[dated.length - 1];
}

function chooseTarget(ind: RawIndicator, period: Period | null, rules: Rules, baseline: Point | undefined): ChosenTarget {
  const own = period ? ind.targets.filter((t) => t.period && t.period.fiscalYear === period.fiscalYear) : [];
  const ownValue = own.find((t) => t.parsed.status === 'value');
  if (rules.targetSource === 'expected' && ownValue) return { point: ownValue, value: ownValue.parsed, source: 'expected' };
  const fin = finalTarget(ind, period);
  if (rules.proRate && fin && fin.period && period && baseline?.period && isValue(baseline) && fin.parsed.value !== undefined && !ownValue) {
    const span = fin.period.fiscalYear - baseline.period.fiscalYear;
    if (span > 0 && period.fiscalYear < fin.period.fiscalYear) {
      const k = (period.fiscalYear - baseline.period.fiscalYear) / span;
      const v = baseline.parsed.value! + (fin.parsed.value - baseline.parsed.value!) * k;
      return { point: fin, value: { ...fin.parsed, value: v }, source: 'prorated' };
    }
  }
  if (fin) return { point: fin, value: fin.parsed, source: 'final' };
  // Nothing usable: point at the cell to fill (this period's own, never another year's).
  const others = ind.targets.filter((t) => perYearTargetOf(ind, t, period));
  const rest = ind.targets.filter((t) => !others.includes(t));
  const blame = own.find((t) => t.parsed.status !== 'missing') ?? own[0] ?? rest.find((t) => t.parsed.status !== 'missing') ?? rest[0];
  if (!others.length) return { source: null, blame };
  const filled = others.filter((t) => t.parsed.status !== 'missing');
  return { source: null, blame, otherPeriod: filled.length ? filled : others };
}

function actualStatusOf(p: ParsedValue | undefined): ActualStatus {
  if (!p) return 'missing';
  switch (p.status) {
    case 'value':
      return p.ambiguous ? 'unparseable' : 'value';
    case 'missing':
      return 'missing';
    case 'pending':
      return 'pending';
    case 'not-applicable':
    case 'no-target':
      return 'not-applicable';
    case 'not-implemented':
      return 'not-implemented';
    case 'error':
      return 'error';
    default:
      return 'unparseable';
  }
}

function quantities(p: ParsedValue): Quantity[] {
  if (p.measures) return p.measures;
  if (p.value !== undefined) return [{ value: p.value, ...(p.unit ? { unit: p.unit } : {}), ...(p.label ? { label: p.label } : {}) }];
  return [];
}

/** Pairs target and actual measures by label, else by position. */
function pairMeasures(t: Quantity[], a: Quantity[]): [Quantity, Quantity][] | null {
  if (t.length === 1 && a.length === 1) return [[t[0], a[0]]];
  const pairs: [Quantity, Quantity][] = [];
  const byLabel = t.every((q) => q.label && a.some((x) => x.label === q.label));
  if (byLabel) {
    for (const q of t) pairs.push([q, a.find((x) => x.label === q.label)!]);
    return pairs;
  }
  if (t.length === a.length) return t.map((q, i) => [q, a[i]]);
  // One target, several actuals (events counted separately): each is compared with the target.
  if (t.length === 1) return a.map((q) => [t[0], q]);
  return null;
}

function directionOf(ind: RawIndicator, rules: Rules, add: (f: Finding) => void): Direction {
  const fromSettings = rules.directions[ind.name];
  const stated = ind.statedDirection;
  const words = directionFromWords(ind.wordsForDirection);
  if (fromSettings && stated && fromSettings !== stated.value) {
    add(
      finding(
        'direction-conflict',
        ind.sheet,
        stated.cell,
        ind.name,
        `評価設定では「${DIRECTION_WORDS[fromSettings]}」、シートの方向欄（${stated.cell}）では「${stated.text}」になっています。どちらが正しいか確認してください（評価設定を優先しました）。`,
      ),
    );
  } else if (stated && words && stated.value !== words) {
    add(
      finding(
        'direction-conflict',
        ind.sheet,
        stated.cell,
        ind.name,
        `方向欄は「${stated.text}」ですが、指標名や説明に「減少・削減・抑制」の語があります。方向が正しいか確認してください（方向欄を優先しました）。`,
      ),
    );
  }
  return fromSettings ?? stated?.value ?? words ?? 'up';
}

function extractFutureDirection(text: string, allowed: string[]): { value: string | null; shown: string } | null {
  let t = text;
  const marker = /【?今後の方向性】?[:：]?/.exec(t);
  if (marker) {
    t = t.slice(marker.index + marker[0].length);
    const next = t.indexOf('【');
    if (next >= 0) t = t.slice(0, next);
  } else if (oneLine(t).length > 20) return null;
  const shown = oneLine(t).replace(/^[・\s]+/, '');
  if (!shown) return null;
  const exact = allowed.find((w) => shown === w);
  if (exact) return { value: exact, shown };
  const hits = allowed.filter((w) => shown.includes(w));
  return { value: hits.length === 1 ? hits[0] : null, shown };
}

/** No grade from another year's target: the finding names the target cells and the actual cell. */
function targetOfOtherPeriod(ind: RawIndicator, others: TargetPoint[], period: Period, actual: Point | undefined): Finding {
  const where = others.map((t) => `${t.cell}（${t.period!.label}の目標）`).join('、');
  const actualText = actual ? `実績 ${actual.cell}（${actual.period?.label ?? period.label}）を` : '実績を';
  return finding(
    'target-other-period',
    ind.sheet,
    others[0].cell,
    ind.name,
    `目標の欄 ${where}は評価対象期間（${period.label}）の目標ではないため、${actualText}この目標と比べず、評価していません。${period.label}の目標を入力するか、評価対象期間が正しいか（評価設定の「評価対象期間」や --period）を確認してください。`,
  );
}

export function evaluateIndicator(ind: RawIndicator, ctx: EvalContext): Evaluated {
  const { rules, period } = ctx;
  const findings: Finding[] = [];
  const add = (f: Finding) => findings.push(f);
  const who = ind.name;
  const direction = directionOf(ind, rules, add);

  const { point: actualPoint, columnMissing } = chooseActual(ind, period);
  const baselinePoint = ind.baselines.find((p) => isValue(p));
  const chosen = chooseTarget(ind, period, rules, baselinePoint);
  const actualParsed = actualPoint?.parsed;
  let actualStatus = actualStatusOf(actualParsed);
  // Several unlabelled actuals against one target can still be graded (each against the target).
  if (actualParsed?.ambiguous && chosen.value && !chosen.value.ambiguous && quantities(chosen.value).length === 1) actualStatus = 'value';
  const periodText = period ? period.label : '最新';

  // Units: the 単位 column or name first, then the target's, then the actual's.
  const targetQs = chosen.value ? quantities(chosen.value) : [];
  const actualQs = actualParsed && actualStatus === 'value' ? quantities(actualParsed) : [];
  const unit = ind.unit ?? targetQs.find((q) => q.unit)?.unit ?? actualQs.find((q) => q.unit)?.unit ?? null;

  // The actual.
  if (!actualPoint) {
    if (columnMissing && period)
      add(finding('missing-actual', ind.sheet, ind.nameCell, who, `評価対象期間（${period.label}）の実績の列がありません。期間の見出しを確認してください。`));
    else add(finding('missing-actual', ind.sheet, ind.nameCell, who, '実績値の欄が見つかりません。'));
  } else {
    const c = actualPoint.cell;
    const shown = actualParsed!.text;
    switch (actualParsed!.status) {
      case 'missing':
        add(
          finding(
            'missing-actual',
            ind.sheet,
            c,
            who,
            `${periodText}の実績値が入力されていません（${c}）。実績を入力するか、未確定なら「集計中」と入力してください。`,
          ),
        );
        break;
      case 'pending':
        add(finding('actual-pending', ind.sheet, c, who, `実績値が「${shown}」のため評価していません。確定したら数値を入力してください。`));
        break;
      case 'not-applicable':
      case 'no-target':
        add(finding('actual-not-applicable', ind.sheet, c, who, `実績値が「${shown}」（該当なし）のため評価していません。`));
        break;
      case 'error':
        add(
          finding(
            'formula-error',
            ind.sheet,
            c,
            who,
            `実績値のセル ${c} がエラー（${shown}）です。${actualPoint.formula ? `数式 ${actualPoint.formula} の参照先を確認してください。` : '値を確認してください。'}`,
          ),
        );
        break;
      case 'text':
        add(finding('value-unparseable', ind.sheet, c, who, `実績値「${shown}」を数値として読み取れません（${c}）。「32社」のように数値で入力してください。`));
        break;
      case 'value':
        if (actualParsed!.ambiguous && !(chosen.value && quantities(chosen.value).length === 1)) {
          add(
            finding(
              'value-unparseable',
              ind.sheet,
              c,
              who,
              `実績値「${shown}」に数値が複数あり、どれを評価するか判断できません（${c}）。「新規高卒者:40人 若者等:26人」のように項目名を付けるか、1つの数値にしてください。`,
            ),
          );
        } else if (actualParsed!.ambiguous) {
          add(
            finding(
              'multiple-actuals',
              ind.sheet,
              c,
              who,
              `実績値「${shown}」に数値が複数あります。それぞれを目標と比べ、最も低い達成率で評価しました。合計で評価する場合は合計値を入力してください。`,
            ),
          );
        }
        break;
      default:
        break;
    }
    if (period && actualParsed?.notePeriod && !actualPoint.period && actualParsed.notePeriod.fiscalYear < period.fiscalYear && actualStatus === 'value') {
      add(
        finding(
          'actual-stale',
          ind.sheet,
          c,
          who,
          `実績値は${actualParsed.notePeriod.label}の数値です（評価対象期間：${period.label}）。最新の数値があれば更新してください。`,
        ),
      );
    }
  }

  // The target.
  if (chosen.value && chosen.point) {
    if (chosen.value.ambiguous)
      add(finding('value-unparseable', ind.sheet, chosen.point.cell, who, `目標値「${chosen.value.text}」に数値が複数あり、どれが目標か判断できません。`));
  } else if (chosen.otherPeriod && !chosen.blame) {
    // Said when an actual would otherwise have been graded against it; without one, missing-actual says what to do.
    if (actualStatus === 'value' || actualStatus === 'not-implemented') add(targetOfOtherPeriod(ind, chosen.otherPeriod, period!, actualPoint));
  } else {
    const b = chosen.blame;
    if (b?.parsed.status === 'error')
      add(finding('formula-error', ind.sheet, b.cell, who, `目標値のセル ${b.cell} がエラー（${b.parsed.text}）です。数式を確認してください。`));
    else if (b && b.parsed.status === 'text')
      add(
        finding(
          'missing-target',
          ind.sheet,
          b.cell,
          who,
          `目標「${b.parsed.text}」が数値でないため達成率を計算できません（${b.cell}）。数値目標を設定してください。`,
        ),
      );
    else if (b && (b.parsed.status === 'no-target' || b.parsed.status === 'not-applicable'))
      add(finding('missing-target', ind.sheet, b.cell, who, `目標値が「${b.parsed.text}」のため評価できません。数値目標を設定してください。`));
    else
      add(
        finding(
          'missing-target',
          ind.sheet,
          b?.cell ?? ind.nameCell,
          who,
          `目標値が入力されていません${b ? `（${b.cell}）` : ''}。数値目標を入力してください。`,
        ),
      );
  }

  // Attainment and grade.
  let att: number | null = null;
  let grade: string | null = null;
  let measures: MeasureReport[] | undefined;
  let actualNumber: number | null = null;
  let targetNumber: number | null = null;
  // A row whose only targets are another year's stands in a table laid out for that year: its grade
  // cell is that year's too, so not even 未実施 is graded into it.
  const laidOutForOtherYear = !!chosen.otherPeriod && !chosen.blame;
  if (actualStatus === 'not-implemented') {
    if (!laidOutForOtherYear) grade = rules.notImplementedGrade;
  } else if (actualStatus === 'value' && targetQs.length && actualQs.length && chosen.point) {
    const pairs = pairMeasures(targetQs, actualQs);
    if (!pairs) {
      add(
        finding(
          'value-unparseable',
          ind.sheet,
          actualPoint!.cell,
          who,
          `目標（${chosen.value!.text}）と実績（${actualParsed!.text}）の項目が対応しません。項目名をそろえてください。`,
        ),
      );
      actualStatus = 'unparseable';
    } else {
      const results: MeasureReport[] = [];
      let mismatchNoted = false;
      for (const [t, a] of pairs) {
        let av = a.value;
        const tu = t.unit ?? (pairs.length === 1 ? ind.unit : undefined);
        const au = a.unit;
        const factor = conversionFactor(au, tu);
        if (factor === null) {
          if (!mismatchNoted)
            add(
              finding(
                'unit-mismatch',
                ind.sheet,
                actualPoint!.cell,
                who,
                `目標の単位「${tu}」と実績の単位「${au}」が異なります（目標 ${chosen.point.cell}、実績 ${actualPoint!.cell}）。同じものを数えているか確認してください（数値はそのまま比較しました）。`,
              ),
            );
          mismatchNoted = true;
        } else av = av * factor;
        const r = attainment(av, t.value, direction, rules.method, rules.tolerance, baselinePoint?.parsed.value);
        results.push({ label: t.label ?? a.label ?? '', target: t.value, actual: av, unit: tu ?? au ?? null, attainment: r.attainment });
        if ('reason' in r && !findings.some((f) => f.code === 'progress-undefined' || f.code === 'missing-target')) {
          if (r.reason === 'target-zero')
            add(
              finding(
                'missing-target',
                ind.sheet,
                chosen.point.cell,
                who,
                '目標値が0のため達成率（実績÷目標）を計算できません。方向（減少・維持）か目標値を確認してください。',
              ),
            );
          else
            add(
              finding(
                'progress-undefined',
                ind.sheet,
                chosen.point.cell,
                who,
                r.reason === 'no-baseline' ? '進捗率の計算に必要な基準値（現状値）がありません。' : '目標値と基準値が同じため進捗率を計算できません。',
              ),
            );
        }
      }
      if (results.every((m) => m.attainment !== null)) {
        att = Math.min(...results.map((m) => m.attainment!));
        grade = gradeFor(att, rules.scale);
      }
      if (results.length > 1) measures = results;
      else {
        actualNumber = results[0].actual;
        targetNumber = results[0].target;
      }
    }
  }
  if (!measures && actualNumber === null && actualStatus === 'value' && actualQs.length === 1) actualNumber = actualQs[0].value;
  if (!measures && targetNumber === null && targetQs.length === 1) targetNumber = targetQs[0].value;
  // A unit column that disagrees with the values written in the cells.
  if (
    ind.unit &&
    actualQs.length === 1 &&
    actualQs[0].unit &&
    conversionFactor(actualQs[0].unit, ind.unit) === null &&
    !findings.some((f) => f.code === 'unit-mismatch')
  ) {
    add(finding('unit-mismatch', ind.sheet, actualPoint!.cell, who, `単位欄は「${ind.unit}」ですが、実績値は「${actualQs[0].unit}」で書かれています。`));
  }

  // The grade already written.
  let existingGrade: string | null = null;
  if (ind.gradeCell) {
    const g = parseGrade(ind.gradeCell.raw, rules.scale);
    if (g && g.grade === null)
      add(
        finding(
          'rating-invalid',
          ind.sheet,
          ind.gradeCell.cell,
          who,
          `評価欄「${g.text}」は評価区分（${rules.scale.map((b) => `${b.grade} ${b.label}`).join('／')}）にありません。`,
        ),
      );
    existingGrade = g?.grade ?? null;
    if (existingGrade && grade && existingGrade !== grade) {
      const why = att !== null ? `達成率 ${pct(att)}` : actualStatus === 'not-implemented' ? '未実施' : '';
      add(
        finding(
          'rating-mismatch',
          ind.sheet,
          ind.gradeCell.cell,
          who,
          `記入された評価は「${existingGrade}」ですが、計算では「${grade}」（${why}）です。評価の根拠を確認してください。`,
        ),
      );
    }
  }

  // Last period: written grade, else computed from that period's figures.
  const prev = previousActual(ind, actualPoint, period);
  let previousGrade: string | null = null;
  if (ind.previousGradeCell) previousGrade = parseGrade(ind.previousGradeCell.raw, rules.scale)?.grade ?? null;
  else if (prev?.period && prev.parsed.value !== undefined) {
    const pt = chooseTarget(ind, prev.period, rules, baselinePoint);
    if (pt.value?.value !== undefined && pt.source === 'expected') {
      const r = attainment(prev.parsed.value, pt.value.value, direction, rules.method, rules.tolerance, baselinePoint?.parsed.value);
      if (r.attainment !== null) previousGrade = gradeFor(r.attainment, rules.scale);
    }
  }

  let trend: Trend | null = null;
  if (prev?.parsed.value !== undefined && actualNumber !== null) {
    const a = actualNumber;
    const b = prev.parsed.value;
    if (direction === 'maintain' && targetNumber !== null)
      trend =
        Math.abs(a - targetNumber) < Math.abs(b - targetNumber)
          ? 'improved'
          : Math.abs(a - targetNumber) > Math.abs(b - targetNumber)
            ? 'worsened'
            : 'unchanged';
    else if (a === b) trend = 'unchanged';
    else trend = a > b === (direction !== 'down') ? 'improved' : 'worsened';
  }

  // Series checks: a cumulative indicator that goes down, a jump of ten times.
  const series = ind.actuals.filter((p) => p.period && isValue(p)).sort((x, y) => periodOrder(x.period!) - periodOrder(y.period!));
  if (ind.cumulative) {
    for (let i = 1; i < series.length; i++) {
      if (series[i].parsed.value! < series[i - 1].parsed.value!) {
        add(
          finding(
            'cumulative-decrease',
            ind.sheet,
            series[i].cell,
            who,
            `累計の指標が${series[i - 1].period!.label}の${num(series[i - 1].parsed.value!)}から${series[i].period!.label}の${num(series[i].parsed.value!)}に減っています。累計値か単年度の値か確認してください。`,
          ),
        );
        break;
      }
    }
  }
  if (prev && actualNumber !== null && prev.parsed.value! > 0 && actualNumber > 0) {
    const ratio = actualNumber / prev.parsed.value!;
    if (ratio > rules.outlierFactor || ratio < 1 / rules.outlierFactor) {
      add(
        finding(
          'outlier-jump',
          ind.sheet,
          actualPoint!.cell,
          who,
          `実績値が前期（${prev.period!.label}：${num(prev.parsed.value!)}）の${ratio > 1 ? `${num(Math.round(ratio * 10) / 10)}倍` : `${num(Math.round(ratio * 1000) / 10)}%`}（${num(actualNumber)}）です。単位や桁の誤りがないか確認してください。`,
        ),
      );
    }
  }

  // 今後の方向性.
  let futureDirection: string | null = null;
  if (ind.futureDirection) {
    const fd = extractFutureDirection(ind.futureDirection.text, rules.futureDirections);
    if (fd) {
      futureDirection = fd.value ?? fd.shown;
      if (!fd.value)
        add(
          finding(
            'direction-keyword-invalid',
            ind.sheet,
            ind.futureDirection.cell,
            who,
            `今後の方向性（${ind.futureDirection.cell}）の「${fd.shown}」は、今後の方向性として選べる語（${rules.futureDirections.join('・')}）のいずれでもありません。いずれかの語を記入してください（指標の向きの誤りではありません）。`,
          ),
        );
    }
  }

  const report: IndicatorReport = {
    sheet: ind.sheet,
    group: ind.group ?? null,
    id: ind.id,
    name: ind.name,
    unit,
    direction,
    baseline: baselinePoint?.parsed.value ?? null,
    target: measures ? null : targetNumber,
    targetSource: chosen.source,
    actual: measures ? null : actualNumber,
    actualStatus,
    attainment: att,
    grade,
    existingGrade,
    previousGrade,
    cells: {
      name: ind.nameCell,
      actual: actualPoint?.cell ?? null,
      target: chosen.point?.cell ?? chosen.blame?.cell ?? null,
      grade: ind.gradeCell?.cell ?? null,
    },
    actualPeriod: actualPoint?.period?.label ?? actualParsed?.notePeriod?.label ?? null,
    previousActual: prev?.parsed.value ?? null,
    trend,
    futureDirection,
    department: ind.department ?? null,
    cumulative: ind.cumulative,
    layout: ind.layout,
  };
  if (measures) report.measures = measures;
  return { report, findings, raw: ind };
}
