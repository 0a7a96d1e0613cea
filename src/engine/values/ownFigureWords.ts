/**
 * Words for the indicator's own figure rather than a thing it counts: 「数値の減少を目指す指標」「値の低下を目指す」
 * 「指標値の削減」. An aim at such an object is the indicator's own aim (remarkAims.ts aimedObject gives no object), never an
 * aim at another quantity. Only these words, alone (a particle or こ の / 本 before them at most): 「目標値の減少」 (the
 * target lowered), 「相談件数の減少」 or 「数値目標の…」 name something else.
 */
const OWN_FIGURE = /^(?:この|本|当該)?(?:指標の)?(?:数値|値|指標値|実績値|数字)$/;

/** Whether an aim's object (「数値」 of 「数値の減少を目指す」) is the indicator's own figure. */
export function isOwnFigure(object: string): boolean {
  return OWN_FIGURE.test(object.replace(/\s+/g, ''));
}
