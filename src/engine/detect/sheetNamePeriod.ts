/**
 * The fiscal year a sheet's name opens with, where nothing on the sheet names one: 「令和５年度評価」, 「R5_放課後子ども教室」,
 * 「2023年度_実績」, or its last part after an underscore, the year's 実績 / 評価 (「成果指標_R05実績」). The name
 * is the sheet's title then (SheetMeta.titlePeriod): the year the figures are evaluated for where no period is stated, and the year after which a 見込 figure is a forecast (forecastActuals.ts). A year inside the
 * name (「第2期R5」), a bare number (「5」「2023」), a year joined to other letters (「R5a」) or a range (「R3-R7」) states none.
 */
import { normalizeText } from '../values/text';
import { parsePeriodCell, type Period } from '../values/periods';

/** The opening year: with 年度, anything may follow; without it, the name ends or goes on after a separator or a word. */
const OPENING =
  /^((?:令和|平成)(?:\d{1,2}|元)年度|(?:令和|平成)(?:\d{1,2}|元)(?=$|[_・\s.]|[^\d\sA-Za-z~〜～\-－ー])|[RH]\d{1,2}年度|[RH]\d{1,2}(?=$|[_・\s.]|[^\d\sA-Za-z~〜～\-－ー])|(?:19|20)\d\d年度)/;

export function sheetNamePeriod(name: string): Period | null {
  const text = normalizeText(name).trim();
  return openingPeriod(text) ?? lastPartPeriod(text);
}

function openingPeriod(text: string): Period | null {
  const m = OPENING.exec(text);
  const p = m ? parsePeriodCell(m[1])?.period : null;
  return p && p.kind === 'fiscal' ? p : null;
}

/**
 * What must follow the year in the name's last part: the words for the year's results (実績, 評価, 分). A year alone there
 * (「成果指標一覧_R6」) is as often the year the sheet was written in as the year it evaluates: no statement.
 */
const RESULTS_TAIL = /^(年度)?(実績|評価|分)$/;

/**
 * An export's name after a separator: 「成果指標_R05実績」「指標一覧_令和5年度評価」. The last part after an underscore is the
 * year's 実績 / 評価; the year alone (「成果指標一覧_R6」), a 目標 or another word after the year (「計画_R7目標」) states none.
 */
function lastPartPeriod(text: string): Period | null {
  const parts = text.split('_');
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1].trim();
  const m = OPENING.exec(last);
  if (!m || !RESULTS_TAIL.test(last.slice(m[1].length).replace(/^年度/, ''))) return null;
  return openingPeriod(last);
}
