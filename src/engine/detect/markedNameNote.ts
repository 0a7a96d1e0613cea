/**
 * A footnote giving a mark written on names a meaning about direction: 「※指標名に★を付したものは、値が小さいほど良い指標」,
 * 「☆印の指標は減少を目指す」. It speaks of the indicators whose name cell, as written, starts or ends with that mark (the
 * mark itself is decoration, taken off the name: cleanName), and of no other; a note naming no mark, or a mark no name
 * carries, says nothing of any indicator (directionNotes.ts reads the rest of the sheet's remarks). A note giving several
 * marks their meanings (「★印は重点指標、▼印は減少を目指す指標」) gives each mark only the words from it to the next mark or
 * the end of its sentence: ★ there says nothing of direction.
 * A numbered footnote (「※1　転出超過数は、転出者数から転入者数を差し引いた数で、減少を目指す指標です。」) speaks of the names that
 * carry its mark (「転出超過数※1」) and of no other, however many other names its sentence mentions in passing (転入者数 here);
 * a numbered mark no name carries leaves the footnote to be read as any remark (directionNotes.ts).
 */
import { parseA1 } from '../model/address';
import { directionFromText } from '../values/directionWords';
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import { markBesideName } from './markCellNames';
import type { RawIndicator } from './types';

/** Marks put on names (after NFKC: ＊ is *, ＃ is #); ※ only as REFERENCE_SAYS allows, being the footnote's own mark too. */
const MARK = '[★☆*◎●○◆◇■□▲△▼▽♦#†‡]';

/** The mark, then words saying it is put on names or what it stands for: を付した / 印の / のついた / は / ＝. */
const MARK_SAYS = new RegExp(`(${MARK})\\s*(?:印|マーク)?\\s*(?:を付(?:し|け)|を記し|の付い|のつい|が付い|がつい|を付与し|のある|の指標|は|:|=)`, 'g');

/**
 * ※ spoken of as a mark on names: 「※印の指標は…」, 「※を付した指標は…」, 「※のついた…」, or the mark itself the subject, 「※は低減を
 * 目指す指標」「※の指標は…」 (review rv81 item 2: no footnote's own ※ is followed by は). A footnote opening with ※ and going on
 * (「※値が小さいほど良い」, 「※：速報値」, 「※ 問15は…」) uses it as its own mark and gives it no meaning.
 */
const REFERENCE_SAYS = /^※\s*(?:印|マーク|を付(?:し|け)|を記し|の付い|のつい|が付い|がつい|のある|の指標|は)/;

/** Each mark the remark gives a meaning, with the words of that meaning: from the mark to the next mark or the sentence's end. */
export function markMeanings(remark: string): { mark: string; text: string }[] {
  const text = normalizeText(remark).trim();
  if (REFERENCE_SAYS.test(text)) return [{ mark: '※', text: text.split('。')[0] }];
  const found = [...text.matchAll(MARK_SAYS)].map((m) => ({ mark: m[1], at: m.index }));
  return found.map(({ mark, at }, i) => {
    const end = Math.min(found[i + 1]?.at ?? text.length, (text.indexOf('。', at) + 1 || text.length + 1) - 1);
    return { mark, text: text.slice(at, end) };
  });
}

/** The mark a remark gives a meaning first, or null. */
export function noteMark(remark: string): string | null {
  return markMeanings(remark)[0]?.mark ?? null;
}

/** The indicators whose name cell carries a mark the remark says is lower-is-better, at its start or end, each with those words. */
export function markedNames(remark: string, indicators: RawIndicator[], grid: Grid): { ind: RawIndicator; text: string }[] {
  const out: { ind: RawIndicator; text: string }[] = [];
  for (const { mark, text } of markMeanings(remark)) {
    if (directionFromText(text) !== 'down') continue;
    for (const ind of indicators) {
      const at = parseA1(ind.nameCell);
      const name = at ? normalizeText(grid.text(at.row, at.col)).trim() : '';
      // Or in a cell of its own beside the name, under the names' heading (markCellNames.ts).
      const beside = !!at && markBesideName(grid, at.row, at.col, mark);
      if (name.length > 1 && (name.startsWith(mark) || name.endsWith(mark) || beside)) out.push({ ind, text });
    }
  }
  return out;
}

/** A numbered footnote mark opening a line (「※1」「（注2）」「*3」), normalised, or null. */
const LEADING_NUMBERED_MARK = /^[(（]?(※|\*|注)\s*(\d{1,2})(?!\d)[)）]?/;

/** Whether a name cell's text carries the numbered mark (「転出超過数※1」「待機者数（※2）」), no other number run on from it. */
function carriesMark(name: string, mark: string): boolean {
  for (let at = name.indexOf(mark); at >= 0; at = name.indexOf(mark, at + 1)) if (!/^\d/.test(name.slice(at + mark.length))) return true;
  return false;
}

/**
 * The indicators a numbered footnote is about: those whose name cell carries its mark; null when the remark opens with no
 * numbered mark or no name carries it (then it is read as any remark).
 */
export function footnoteOwners(remark: string, indicators: RawIndicator[], grid: Grid): RawIndicator[] | null {
  const m = LEADING_NUMBERED_MARK.exec(normalizeText(remark).trim());
  if (!m) return null;
  const mark = m[1] + m[2];
  const owners = indicators.filter((ind) => {
    const at = parseA1(ind.nameCell);
    return !!at && carriesMark(normalizeText(grid.text(at.row, at.col)).replace(/\s+/g, ''), mark);
  });
  return owners.length ? owners : null;
}
