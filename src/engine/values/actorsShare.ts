/**
 * A lower-is-better noun that is what the counted people act on, not the indicator's way: 「食品ロス削減に取り組む市民の割合」
 * 「ごみ減量に協力する事業者の数」「CO2削減に努めている世帯の割合」 count those who take part in the cut, so more of them is better.
 * Read when the noun is followed by に and a verb of taking part (取り組む, 協力する, 参加する, 努める, 心がける, 配慮する, 賛同する)
 * in a form that qualifies what follows (取り組む, 協力した, 取り組んでいる), then whose figure it is and a share or a count closing the name.
 * Never a verb of a result (「減少につながる」「削減に至った」「減少に転じた地区数」: what came of the cut) nor a clause that goes on
 * after the count (「…の割合を減らす」 says the way of the share itself: the verb decides, directionWords.ts).
 * The aim may be named as the goal of the acting, 「削減に向けて取り組む事業者数」「削減のために行動している市民の割合」 (review rv81
 * item 2): に向けて / のために, and 行動 / 活動 as verbs of taking part. Review rv82a item 2: the acting as a noun done
 * (「取組を行う」「活動を実施する」), an adverb of manner before the verb (「積極的に取り組む」), a noun right before the count
 * (「活動する防犯ボランティア団体数」) and the times acted (回数) read the same.
 */
const ACTORS_SHARE = new RegExp(
  '^(?:に(?:向け|向か)?[てた]?|のため(?:に)?)' +
    // Review rv82a item 2: an adverb of manner before the verb (積極的に, 主体的に) …
    '(?:\\p{Script=Han}{1,4}的に)?' +
    // … and the acting said as a noun done (「取組を行う」「活動を実施する」).
    '(?:取り?組|協力|参加|努め|心が?け|配慮|賛同|行動|活動|(?:取り?組み?|活動|運動)を(?:行|実施|展開|進め))' +
    '[^、。をが]{0,6}?(?:[むるう]|[しっい]た|んだ|[てで]い[るた])' +
    // Whose count: after の, or a noun right before the count word (「防犯ボランティア団体数」, review rv82a item 2).
    '(?:[^、。をが]{0,8}?の|[\\p{Script=Han}\\p{Script=Katakana}ー]{1,10}?)?' +
    '(?:割合|比率|率|人数|者数|世帯数|事業者数|団体数|店舗数|企業数|件数|回数|数)(?:[(（][^()（）]*[)）])?$',
  'u',
);

/** Whether what follows a lower-is-better noun (`after`) makes it the aim the counted act on (「に取り組む市民の割合」). */
export function countsActorsOnAim(after: string): boolean {
  return ACTORS_SHARE.test(after);
}
