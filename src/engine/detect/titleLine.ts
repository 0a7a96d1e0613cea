/**
 * The sheet's title lines: the first two lines with text (a form's number line above them, 「様式第５号（第１２条関係）」,
 * aside), the title's year (a plan's term in it names none) or a year on a line of its own under it.
 */
import { oneLine } from '../values/text';
import { titleYear } from '../values/editionYear';
import type { IndexedCell } from './cells';
import { titleYearLine } from './titleYearLine';
import { reviewedYearLine, reviewedYearStated } from './reviewedYearLine';
import { a1 } from '../model/address';
import type { SheetMeta } from './types';

/** 「様式第５号（第１２条関係）」「別記様式第2号」「（様式１）」 alone on its line. */
const FORM_NUMBER = /^[(（]?(?:別記|別紙)?様式(?:第)?[0-9０-９一二三四五六七八九十]+(?:号)?(?:の[0-9０-９]+)?[)）]?(?:[(（][^)）]*[)）])?$/;

export function isFormNumberLine(cells: IndexedCell[]): boolean {
  const texts = cells.filter((c) => c.text.trim());
  return texts.length === 1 && FORM_NUMBER.test(texts[0].text.replace(/\s+/g, ''));
}

/**
 * A meeting's paper (「令和6年度 第1回 川内地域審議会　資料2」「第3回 総合計画審議会 資料」): its year is the meeting's; the year
 * of the figures is the one the line under it names (「令和5年度　川内地域の主な取組と指標の状況」), when it names one.
 */
const MEETING =
  /第\s*[0-9０-９一二三四五六七八九十]+\s*回.*(?:会議|審議会|委員会|協議会|懇談会|懇話会|部会)|(?:会議|審議会|委員会|協議会|懇談会|懇話会|部会)\s*資料/;

/** A year the line aims at (「令和8年度の目標達成に向けた」「R8年度目標」): no figures' year. */
const AIMED_YEAR = /(?:令和|平成|R|H)?\s*[0-9０-９元]+\s*年度?末?\s*(?:の|まで(?:の|に)?)?\s*(?=目標|に向けた|に向けて)/gi;

/**
 * The figures' year a meeting paper's line under the title names: not a year it aims at (followed by 目標 or に向けた), never
 * one later than the meeting's own year (figures are reported after they are counted). Null when it names no such year.
 */
function figuresYear(subtitle: string, title: string): ReturnType<typeof titleYear> {
  const year = titleYear(subtitle.replace(AIMED_YEAR, ''));
  if (!year || year.kind !== 'fiscal') return null;
  const meeting = titleYear(title);
  return meeting?.kind === 'fiscal' && year.fiscalYear > meeting.fiscalYear ? null : year;
}

/** One of the first two lines: the sheet's title and its year, or a year on a line of its own under the title. */
export function readTitleLine(cells: IndexedCell[], meta: SheetMeta): void {
  const longest = cells.filter((c) => c.text.length >= 4).sort((a, b) => b.text.length - a.text.length)[0];
  if (meta.title && meta.subtitle === undefined) {
    meta.subtitle = subtitleOf(cells, meta.title);
    const about = meta.subtitle && MEETING.test(meta.title) ? figuresYear(meta.subtitle, meta.title) : null;
    if (about) meta.titlePeriod = about;
  }
  if (longest && !meta.title) {
    meta.title = oneLine(longest.text);
    // The years of a plan's term (「（令和４年度〜令和７年度）」) are no title year: the first other year is (yearRange.ts); an
    // edition's year (「（令和6年度版）」) gives way to the year of the figures the title names (editionYear.ts).
    const p = titleYear(longest.text);
    if (p && p.kind === 'fiscal') meta.titlePeriod = p;
  } else if (!meta.titlePeriod) {
    // A period on a line of its own under the title (「（令和５年度）」「【令和５年度評価】」) is the title's year (titleYearLine.ts).
    const texts = cells.filter((c) => c.text);
    // 「令和5年度事業　事後検証資料（令和6年6月）」: the year whose project is reviewed (reviewedYearLine.ts).
    const alone = (t: string) => titleYearLine(t) ?? reviewedYearLine(t);
    const line = texts.length === 1 ? (texts[0].period?.period.kind === 'fiscal' ? texts[0].period.period : alone(texts[0].text)) : besideWords(cells);
    if (line) meta.titlePeriod = line;
    // Written within the next year (「…（令和6年6月30日）」 on 令和5年度事業): that year's figures are partial; the line states the period.
    const stated = texts.length === 1 && !meta.statedPeriod ? reviewedYearStated(texts[0].text) : null;
    if (stated) meta.statedPeriod = { period: stated, cell: a1(texts[0].row, texts[0].col), text: oneLine(texts[0].text) };
  }
}

/**
 * A reported year's line (「令和5年度評価」) beside words only, at the line's other end (「中央図書館」「担当：生涯学習課」):
 * the title's year as it would be alone. Not with a period or a heading beside it (a table's header row); figures beside it
 * are not looked at here (a line 「令和5年度評価 | 120」 is left to the other readers of the sheet's period).
 */
function besideWords(cells: IndexedCell[]): ReturnType<typeof titleYearLine> {
  const [first, ...others] = cells.filter((c) => c.text || c.period);
  const line = first?.text ? titleYearLine(first.text) : null;
  if (!line || !others.length || !others.every((c) => c.text && !c.period && !c.label && !c.meta)) return null;
  return line;
}

/** The line under the title as its subtitle: one text alone on the line (no heading, period or figure beside it), not the title again. */
function subtitleOf(cells: IndexedCell[], title: string): string | undefined {
  const filled = cells.filter((c) => c.text.trim() || c.period);
  if (filled.length !== 1 || filled[0].label || filled[0].meta) return undefined;
  const text = oneLine(filled[0].text);
  return text.length >= 4 && text !== title ? text : undefined;
}
