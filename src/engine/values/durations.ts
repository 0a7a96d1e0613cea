/**
 * A time written in two units, 「8分12秒」「1時間30分」, is one figure in the larger unit, as a clerk reads it: 8.2 分,
 * 1.5 時間. The seconds (or minutes) are a part of the minute (or hour), never a second figure of the cell.
 */

/** 「8分12秒」「8分 12秒」: minutes then seconds under 60; 「1時間30分」: hours then minutes under 60 (no 秒 after). */
const MIN_SEC = /(\d+)\s*分\s*(\d{1,2})\s*秒/g;
const HOUR_MIN = /(\d+)\s*時間\s*(\d{1,2})\s*分(?!\s*\d{1,2}\s*秒)/g;

function decimal(whole: string, part: string): string | null {
  const p = Number(part);
  if (p >= 60) return null;
  const v = Math.round((Number(whole) + p / 60) * 1e6) / 1e6;
  return String(v);
}

/** The text with each two-unit time written as one decimal figure in the larger unit (「8分12秒」 → 「8.2分」). */
export function durationsAsDecimals(text: string): string {
  if (!/[分秒]/.test(text)) return text;
  return text
    .replace(MIN_SEC, (all, m: string, s: string) => {
      const v = decimal(m, s);
      return v === null ? all : `${v}分`;
    })
    .replace(HOUR_MIN, (all, h: string, m: string) => {
      const v = decimal(h, m);
      return v === null ? all : `${v}時間`;
    });
}
