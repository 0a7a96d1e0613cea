/**
 * A grade written with a comment after it in the grade cell (「A：問い合わせが増え目標を上回った」「B　登録物件が不足し目標に
 * 届かず」「C・相談は多いが創業に至らない」): the scale's grade symbol, then a colon, a 「・」 or a space, then words. That is
 * the grade; the comment is the department's reason. So is a comment in brackets after the symbol, closing the cell
 * (「B（物価高騰で申請が減少）」「C(周知の方法を見直す)」). A word that merely starts with the symbol (「A型事業所」「Bランク」) has
 * no such mark after it and is no grade; nor is a symbol followed by another of the scale's (「A・B」「A / B / C / D」, a
 * pre-printed choice with nothing chosen). A bracket naming a year, a target or an estimate (「A（前年度）」「A（目標）」「A
 * （見込み）」) says whose grade it is, not why: no grade of this year. Grades joined by an arrow (「A → B」, last year to
 * this) are the one after it.
 */
import { normalizeText } from '../values/text';

type Scale = { grade: string; label: string }[];

/** The mark between a grade and its comment, with the spaces round it. */
const AFTER_GRADE = /^\s*[:・]\s*|^\s+/;
/** A comment in brackets closing the cell after the grade (「（物価高騰で申請が減少）」): the words inside. */
const BRACKETED = /^\s*[（(]\s*([^（()）]+?)\s*[)）]\s*$/;
/** Bracketed words that only say which year's, or what kind of, grade it is (a period, a target, an estimate). */
const WHOSE =
  /^(?:前年度?|昨年度?|前回|今回|前期|後期|今年度|本年度|中間|(?:最終)?目標|見込み?|見通し|予定|予測|想定|(?:令和|平成|R|H)?\s*[0-9元]+\s*年度?)(?:の?(?:評価|値|時点|実績))?$/;
/** An arrow between two grades (「A → B」「A⇒B」). */
const ARROW = /^\s*(?:→|⇒|➡|->|=>|＞|>)\s*/;
/** Marks that join grades in a list (「A / B」「A、B」「A|B」). */
const LIST_MARK = /^[\s/／|｜,、・〜~-]+/;

/** The grade of the scale a commented grade cell gives, else null. */
export function commentedGrade(text: string, scale: Scale): string | null {
  const t = normalizeText(text).trim().toUpperCase();
  for (const s of scale) {
    const g = normalizeText(s.grade).trim().toUpperCase();
    if (!g || !t.startsWith(g)) continue;
    const after = t.slice(g.length);
    const arrow = ARROW.exec(after);
    if (arrow) return gradeAlone(after.slice(arrow[0].length), scale);
    const bracketed = BRACKETED.exec(after);
    const sep = bracketed ? null : AFTER_GRADE.exec(after);
    if (!bracketed && !sep) continue;
    const comment = bracketed ? bracketed[1] : after.slice(sep ? sep[0].length : 0);
    if (bracketed && WHOSE.test(comment)) return null;
    if (comment && !startsWithGrade(comment.replace(LIST_MARK, ''), scale)) return s.grade;
  }
  return null;
}

/** The scale's grade the text is, alone (「B」), else null. */
function gradeAlone(text: string, scale: Scale): string | null {
  const t = text.trim();
  return scale.find((s) => normalizeText(s.grade).trim().toUpperCase() === t)?.grade ?? null;
}

/** Whether the text starts with one of the scale's symbols standing alone (「B」「B／C」, not 「Bランク」). */
function startsWithGrade(text: string, scale: Scale): boolean {
  return scale.some((s) => {
    const g = normalizeText(s.grade).trim().toUpperCase();
    return g !== '' && text.startsWith(g) && !/^[\p{L}\p{N}]/u.test(text.slice(g.length));
  });
}
