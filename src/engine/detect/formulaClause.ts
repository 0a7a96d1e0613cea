/**
 * A clause of a footnote writing out how a figure is computed — 「達成率＝実績値÷目標値×100」「（減少を目指す指標は目標値÷実績値
 * ×100）」 — tells how a kind of indicator is graded, never which way an indicator it happens to name goes (達成率 ending
 * 「自動車騒音の環境基準達成率」 is no subject of 「減少を目指す」 there). A clerk reads the note's other clauses as written. A
 * clause whose subject is an indicator of its own (「市外転出者数は減少を目指す指標のため目標値÷実績値×100」) says that one's way as
 * well as the formula, and stays; only a subject that is a kind (…指標は, …項目は, …場合は) is the formula's (review rv44).
 */

/** A ratio written out: the actual, target or base figure divided by another (実績値÷目標値, 目標／実績). */
const FORMULA = /(実績|目標|基準|現状)値?\s*[÷/／]\s*(実績|目標|基準|現状)値?/;
/** A clause: up to a sentence mark, a comma or a bracket. */
const CLAUSE = /[^。．、，,（）()]+/g;

/** A clause's subject before は (「市外転出者数は」); a kind's (「減少を目指す指標は」) says no indicator. */
const SUBJECT = /([^\s=＝:：]{2,})は/;
const KIND = /(?:指標|項目|もの|場合|数値|値|達成率|進捗率|達成度)$/;

/** Whether a clause writing out a formula names an indicator of its own as its subject (see above). */
function namesOwnSubject(clause: string): boolean {
  const m = SUBJECT.exec(clause);
  return !!m && !KIND.test(m[1]);
}

/** The text without its clauses that write out a formula (see above); the text itself when it writes none. */
export function withoutFormulaClauses(text: string): string {
  if (!FORMULA.test(text)) return text;
  return text.replace(CLAUSE, (clause) => (FORMULA.test(clause) && !namesOwnSubject(clause) ? '' : clause));
}
