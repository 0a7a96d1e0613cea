/**
 * A bare 区分 on a one-row header over a target and an actual of the same row (「区分 | 目標 | 実績 | 前年度実績 | 備考」 under
 * 「■ 収納率目標と実績」) heads the indicators' names when every cell under it names a measured quantity: a ratio or a degree
 * (現年課税分収納率, 口座振替率, 満足度) or a count (受診者数). On one header row a 区分 is otherwise the kind of the row's figures
 * (「区分 | 基準値 | 目標値」 over 「数値」), or the items of a 収支 (歳入 / 歳出 under 区分 | 計画 | 実績): those rows name no measure and
 * stay unread as before. Beside a 単位 heading with a year's plan worded as a target (区分 | 単位 | … | 年度目標) the same test, money
 * and categories refused, decides whether the rows are indicators (unitRowsNameMeasures).
 */
import type { CellIndex, IndexedCell } from './cells';
import { compact } from '../values/text';
import { looksLikeName, RATIO_NAME } from './names';
import { canonicalUnit, unitFromName } from '../values/units';

/** A name that ends with what is measured: a ratio, a degree or a count; never a year (令和5年度). */
const MEASURE_END = /数$/;
const isMeasureName = (text: string) => looksLikeName(text) && !/年度$/.test(text) && (RATIO_NAME.test(text) || MEASURE_END.test(text));

/** A bracket closing a name that holds its unit alone (「市内産野菜使用率（％）」「受診者数（人）」): what is measured ends before it. */
const CLOSING_BRACKET = /[(（]([^()（）]{1,8})[)）]$/;
export function withoutUnitBracket(text: string): string {
  const m = CLOSING_BRACKET.exec(text);
  return m && unitFromName(m[0]) === canonicalUnit(m[1].trim()) ? text.slice(0, m.index) : text;
}

/** The figure a row's actual is compared with: a target, or the year's plan or expected value (年度目標, 計画値). */
const COMPARED = new Set(['target', 'expected']);

/** The text cells under `col` from the row after `row` to the first blank (at most `limit`): the rows' names, if all are texts. */
function namesUnder(index: CellIndex, row: number, col: number, limit = 6): string[] | null {
  const out: string[] = [];
  for (let r = row + 1; r <= index.grid.bottom && out.length < limit; r++) {
    const v = index.grid.value(r, col);
    if (v === null || v === '') break;
    if (typeof v !== 'string') return null;
    out.push(compact(v));
  }
  return out;
}

/**
 * `cell` is a bare 区分 alone on a one-row band, with both a target heading and an actual heading right of it on that row, over
 * two or more rows each naming a measure.
 */
export function categoryHeadsMeasureNames(index: CellIndex, band: number[], cell: IndexedCell): boolean {
  if (band.length !== 1 || cell.label?.role !== 'category' || cell.label.period || compact(cell.text) !== '区分') return false;
  const right = index.row(cell.row).filter((c) => c.col > cell.col && !c.label?.period);
  if (!right.some((c) => COMPARED.has(c.label?.role ?? '')) || !right.some((c) => c.label?.role === 'actual')) return false;
  const names = namesUnder(index, cell.row, cell.col);
  return names !== null && names.length >= 2 && names.every((name) => isMeasureName(withoutUnitBracket(name)));
}

/** What a measure weighs may close its name too (排出量, 使用量), beside the counts and ratios of isMeasureName. */
const isQuantityName = (text: string) => isMeasureName(text) || (looksLikeName(text) && /量$/.test(text));
/** An item of a 収支 (事業収入, 事業支出, 収支差額, 市負担額): money, never a measure graded by its target. */
const MONEY_NAME = /収入|支出|収支|負担額|差額|費$|額$/;
/** A breakdown line under a measure (「うち40～64歳」): left out as a breakdown, no name to test. */
const BREAKDOWN = /^[・\s(（]*うち/;

/** The amount of what another row counts (コンビニ収納金額 beside コンビニ収納件数): what the count's stem names, handled in money. */
const AMOUNT_END = /(?:金額|額)$/;
const COUNT_END = /(?:件数|数)$/;

/**
 * Whether a money row names the amount of what a row beside it counts: 「X金額」 / 「X額」 with 「X件数」 / 「X数」 among `names`
 * (収納件数 and 収納金額, 貸付件数 and 貸付金額: the year's count and sum of one service, each set a 年度目標). A 収支's items
 * (事業収入, 管理運営費, 市負担額) count nothing beside them and stay money.
 */
function amountOfCounted(name: string, unit: string, names: string[]): boolean {
  const stem = name.replace(AMOUNT_END, '');
  if (stem === name || stem.length < 2 || /収入|支出|収支|負担|差$|費/.test(stem)) return false;
  // Review rv66/rv67: only money a service takes in or pays out as its work (収納, 寄附, 販売, 貸付, 融資, 決済), in 円; never arrears
  // (未収, 滞納), a cost (補修工事, 委託, 契約) or a grant (補助, 減免), where more is no better.
  if (!SERVICE_MONEY.test(stem) || /未|滞納|不正/.test(stem) || !/円/.test(unit)) return false;
  return names.some((other) => other !== name && COUNT_END.test(other) && other.replace(COUNT_END, '') === stem);
}

/** The money of a service's own work: what it collects, is given, sells, lends or settles. */
const SERVICE_MONEY = /収納|納付|寄附|寄付|取扱|販売|売上|貸付|融資|決済/;

/**
 * The rows under a bare 区分 right beside a 単位 heading (`unitCol`) all name measures: …数, …率, …割合, …量 (電子申請件数 in 件),
 * at least one, breakdowns (うち…) passed over. A row in money (a 円 / 千円 unit, or 収入 / 支出 / 負担額 / 差額 / …費 in its name: a
 * 収支 set against its 年度目標) or a category alone (男性 / 女性 / 合計 under a 健診受診者数 caption, 小学校 / 中学校) names
 * no measure, and the table stays unread (review rv64); a money row that is the amount of what another row counts
 * (コンビニ収納金額 beside コンビニ収納件数, amountOfCounted) is a measure.
 */
export function unitRowsNameMeasures(index: CellIndex, band: number[], unitCol: number): boolean {
  const col = unitCol - 1;
  const rows: { name: string; unit: string }[] = [];
  for (let r = band[band.length - 1] + 1; r <= index.grid.bottom && rows.length < 8; r++) {
    const v = index.grid.value(r, col);
    if (v === null || v === '') break;
    if (typeof v !== 'string') return false;
    const name = compact(v);
    if (!BREAKDOWN.test(name)) rows.push({ name, unit: index.grid.text(r, unitCol).normalize('NFKC') });
  }
  const names = rows.map((row) => row.name);
  const measured = (row: { name: string; unit: string }) =>
    (isQuantityName(row.name) && !MONEY_NAME.test(row.name) && !/円/.test(row.unit)) || amountOfCounted(row.name, row.unit, names);
  return rows.length > 0 && rows.every(measured);
}
