/**
 * A line under a sheet's title naming the year and the office that writes the sheet: 「令和5年度　健康推進課」「令和5年度 進行管理
 * 福祉政策課」「R5年度　こども政策課・子育て支援課」. The office beside the year says who reports it, not what of the year (a
 * 予算 or 目標 would), so the year is the title's year, as on a line of its own (titleYearLine.ts). The office must stand
 * apart from the year's words by a space and end as an office does (課, 室, 係, 局, 部, センター, 事務所); the year's words may
 * only be those of a report (評価, 実績, 進捗, 進行管理).
 */
import { compactForPeriod, findPeriod, type Period } from '../values/periods';
import { normalizeText } from '../values/text';

/** The year's own words: none, or what of it is reported. */
const REPORTED_WORDS = /^(?:の?(?:評価|実績|進捗|進捗状況|進行管理|進捗管理|実績評価))?$/;
/** One office: a short name ending as an office does; several joined by ・ 、 ／. */
const OFFICE = '[^\\s・、/／]{1,12}(?:課|室|係|局|部|センター|事務所)';
const OFFICES = new RegExp(`^${OFFICE}(?:[・、/／]${OFFICE})*$`);

/** The fiscal year a line of a year, its reported words and the office names; null when it says anything else. */
export function yearOfficeLine(text: string): Period | null {
  const parts = normalizeText(text).trim().split(/\s+/);
  if (parts.length < 2 || !OFFICES.test(parts[parts.length - 1])) return null;
  const head = compactForPeriod(parts.slice(0, -1).join(''));
  const p = findPeriod(head);
  if (!p || p.period.kind !== 'fiscal' || p.index !== 0) return null;
  return REPORTED_WORDS.test(head.slice(p.length)) ? p.period : null;
}
