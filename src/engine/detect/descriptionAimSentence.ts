/**
 * A description's closing sentences that only state the indicator's aim (「過去5年間に…人の割合（％）。数値の減少を目指す指標」,
 * 「…（件）。少ないほど良い。」): they say which way, not what is counted, so the definition ends before them and its closing
 * bracket is still its unit (descriptionUnit.ts). Guards: a closing sentence is taken off only when it holds no bracket and
 * no figure and says an aim or a comparison (目指す / めざす / ほど良い / 望ましい / を目標と); any other sentence (「分母は…
 * （世帯）」「R3から集計方法を変更」) stays, and the bracket before it is then mid-text, no unit.
 */
const AIM_SENTENCE = /^[^（()）\d]*(?:目指|めざ|ほど(?:良|よ)|ほうが(?:良|よ)|望まし|を目標と)[^（()）\d]*$/;

/** The text without its closing aim-only sentences (see above). */
export function withoutClosingAim(text: string): string {
  const sentences = text.split(/(?<=[。.])/);
  while (sentences.length > 1 && AIM_SENTENCE.test(sentences[sentences.length - 1].trim())) sentences.pop();
  return sentences.join('').replace(/[。.]\s*$/, '');
}
