/**
 * A name column headed as holding each row's name and its outline (「推進事業（事業名・概要）」「事業名／事業概要」「名称及び内容」):
 * a cell of several lines holds the name on its first line and the outline under it (「創業支援事業⏎創業塾の開催と…の補助」),
 * so the name is that first line alone. Under any other heading a name written over several lines is one name, read as
 * `cleanName` reads it (a name wrapped by hand, 【概要】 lines taken off there).
 */
import { normalizeText } from '../values/text';

/** A heading naming both the name and the outline: 名 / 名称, then 概要 / 内容 after a 「・」「／」「及び」. */
const NAME_AND_OUTLINE = /名称?(?:[・･/／、,&]|及び|並びに|と)(?:事業|取組)?(?:概要|内容)/;

/** Whether a name column's heading says its cells hold the name and an outline. */
export function headsNameAndOutline(heading: string): boolean {
  return NAME_AND_OUTLINE.test(normalizeText(heading).replace(/\s+/g, ''));
}

/** The name as written in a cell under the column's heading: its first line where the heading says an outline follows it. */
export function nameWithoutOutline(raw: string, heading: () => string): string {
  if (!raw.includes('\n')) return raw;
  const lines = raw.split(/\r?\n/).filter((l) => l.trim());
  return lines.length > 1 && headsNameAndOutline(heading()) ? lines[0] : raw;
}
