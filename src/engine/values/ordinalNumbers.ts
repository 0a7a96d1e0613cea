/**
 * A number after 第 is an ordinal naming which one (「第2層協議体」「第3期計画」「第1号被保険者」), never a quantity: in a cell
 * that writes another figure too (「第2層協議体　8圏域で設置」) its digits are set aside before the figures are read, so the cell's
 * figure is 8 圏域, not two measures 2 and 8. A cell whose only number is an ordinal (「全国第5位」) keeps it, and a quarter
 * (「第1四半期 30件」) is a part of the year, read as such (listedMeasures.ts), no ordinal here. An edition's number alone
 * (「第6次実施計画」「第3期総合戦略」: 第 N 次 / 期 naming a plan or term) is the name of that edition, no figure of the cell at all.
 */

/** 第 and the ordinal's digits (NFKC text: digits are ASCII). */
const ORDINAL = /第\d+(?!\d|四半期|半期)/g;

/** ASCII digits to full-width ones, which the figure finder does not read (positions stay: one character each). */
const fullWidth = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/**
 * The text with each ordinal's digits made full-width (so no figure is read from them and the words round a figure still
 * read 「第２層協議体」) when a figure is left besides; else the text.
 */
export function withoutOrdinals(text: string): string {
  if (!text.includes('第')) return text;
  const kept = text.replace(ORDINAL, (m) => `第${fullWidth(m.slice(1))}`);
  return kept !== text && /\d/.test(kept) ? kept : text;
}

/** 第 N 次 / 第 N 期 and the name it numbers (「第6次実施計画」「第２期計画」): an edition of a plan or a term. */
const EDITION = /第\d+(次|期)(?=\D)/g;

/** Whether the text names an edition of a plan or a term (「第6次実施計画（令和8〜10年度）」), whatever else it writes. */
export function mentionsEdition(text: string): boolean {
  return text.search(EDITION) >= 0;
}

/** Whether the text's only numbers are editions' ordinals (「第6次実施計画」): it names a plan, it writes no figure. */
export function namesEditionOnly(text: string): boolean {
  return mentionsEdition(text) && !/\d/.test(text.replace(EDITION, ''));
}
