/**
 * A cell listing measures separated by a slash, each part 「label figure」: 「妊婦 180人／40歳以上 900人」, 「男性 40%／女性 50%」.
 * One measure per part: its figure the part's last number (with its unit), closing the part; its label the words before
 * it, a number inside them (40歳以上, 3歳児) part of the label. Read only where the cell's numbers could not be told apart
 * otherwise; refused when a part has no label or no figure closing it (「120人/日」), when two labels are the same, or when
 * a label is a period or a measure word (「R5 120人／R6 130人」「目標 30／実績 25」: no measures of one kind), a part of a period
 * (「上期 50人／下期 60人」) or a figure's standing (「速報 210件／確定 150件」): one measure's figures, not a list of measures.
 * The same list one part a line (or a space between) is read when every part labels its figure with a colon (「4か月児：98.6％⏎1歳6か月児：95.1％」):
 * the colon closes the label, so a number inside it (4か月児) is no figure.
 */
import { findPeriod } from './periods';
import type { AmbiguousNumbers, LabelledNumbers, OneNumber } from './parsedValue';

interface Found {
  value: number;
  start: number;
  end: number;
  unit?: string;
}

/** Words naming a measure or a comparison, not what is counted: such a part is no measure of a list. */
const MEASURE_WORD = /(目標|実績|計画|見込|基準|現状|現況|前年|昨年|達成|比$)/;
/**
 * A part of a period (上期 / 下半期 / 第2四半期 / 4～9月 / 10月分) or the standing of a figure (速報 / 確定値 / 暫定 / 当初 / 修正後 /
 * 変更前): such parts are one measure's figures over time or in revision, never measures of their own.
 */
const PART_OR_STATUS =
  /^(([上下]半?|前|後)期(分|計)?|第?[1-4一二三四]四半期(分|計)?|[1-4]Q|[\d~〜-]{1,5}月(分|末|計)?)$|^(速報|確定|暫定|当初|修正|変更|見直し)(値|後|前)?$/;
/**
 * A whole, a part of it or a scale (合計 / 累計 / 全体 / うち市外 / 単年度 / 1日平均 / 年間): the parts are one measure's figure
 * counted in several ways, never measures of their own (review rv55). The cell stays ambiguous, and says so.
 */
const WHOLE_OR_SCALE =
  /^(?:計|合計|総計|小計|累計|延べ|延|約|全体|単年度|年度|年間|通年|(?:[1１一](?:日|人|件|回|か月|ヶ月)|月|週|年)(?:当たり|あたり)?(?:平均)?|平均)$|^(?:うち|内訳)/;
/** A line 「label：figure」, the label closed by a colon. */
const COLON_LABEL = /^[^:]*\p{L}[^:]*:[^:]*\d/u;
/** A label holds a word, not only figures and signs. */
const WORD = /[\p{L}]/u;

function part(text: string, find: (t: string) => Found[]): { value: number; unit?: string; label: string } | null {
  const t = text.trim();
  const found = find(t);
  const last = found[found.length - 1];
  if (!last || t.slice(last.end).trim() !== '') return null;
  const label = t
    .slice(0, last.start)
    .replace(/[:：=＝]\s*$/, '')
    .trim();
  if (!WORD.test(label) || MEASURE_WORD.test(label) || PART_OR_STATUS.test(label) || WHOLE_OR_SCALE.test(label) || findPeriod(label)) return null;
  return last.unit ? { value: last.value, unit: last.unit, label } : { value: last.value, label };
}

/** The measures a slash-separated list gives, in place of numbers not told apart, or `p` as it was. */
export function listedMeasures(
  p: OneNumber | LabelledNumbers | AmbiguousNumbers,
  body: string,
  find: (t: string) => Found[],
): OneNumber | LabelledNumbers | AmbiguousNumbers {
  if (!p.ambiguous) return p;
  // The cell's lines come joined by a space: each part then starts at a label closed by a colon.
  const lines = body.split(/\s+(?=[^\s:]*\p{L}[^\s:]*:)/u).filter((s) => s.trim() !== '');
  const byLine = !body.includes('/') && lines.length >= 2 && lines.every((s) => COLON_LABEL.test(s));
  if (!byLine && !body.includes('/')) return p;
  const parts = (byLine ? lines : body.split('/')).map((s) => part(s, find));
  if (parts.length < 2 || parts.some((x) => !x)) return p;
  const measures = parts.map((x) => x!);
  if (new Set(measures.map((m) => m.label)).size !== measures.length) return p;
  return { status: 'value', measures, text: p.text };
}
