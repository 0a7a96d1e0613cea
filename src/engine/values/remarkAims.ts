/**
 * What of a remark (備考) may speak for an indicator's direction: only words about its aim.
 * A 備考 mostly tells what happened — 「感染症対策で定員縮小」「利用者が減少した」「台風で中止」 — and a
 * circumstance is no goal: the plan's 目標 did not turn round because a course was made smaller.
 * A clause counts only when it states an aim: a comparison (「少ないほど良い」「低い方が望ましい」) or a way called
 * desirable (「減少が望ましい」),
 * an aim word (「減少を目指す」「削減を図る」「抑制に努める」「〜を目標とする」), a change bounded by 以上 (「…から5％以上削減」,
 * boundedChange.ts), or a verb in its plain or
 * polite present form that ends the clause (「転出超過数を減らす」「待ち時間を短縮します」);
 * a bare noun (縮小, 中止), a past (減少した, 縮小しました) or an ongoing state (減少している) does not.
 */
import { ZERO_WORDS } from './directionWords';
import { callsInverse } from './inverseIndicator';
import { statesBoundedChange } from './boundedChange';
import { endsOnDeniedWay } from './negatedWay';
import { memo, normalizeText } from './text';
import { isOwnFigure } from './ownFigureWords';

/** A comparison, or a way called desirable (「減少が望ましい」「低いことが好ましい」): a preference, never a circumstance. */
const COMPARISON = /(ほど|ほうが|方が)(良|よ|望まし|好まし)|が(望まし|好まし)/;
const AIM_WORD = /目指|目標|図[るりろ]|努め|狙|ねらい/;
/** A present verb ending the clause: 減らす, 短縮する, 抑えます, 防ぐ, 下げる (not した / している). */
const PRESENT_VERB = /(す|する|させる|る|ぐ|ます)$/;
const ONGOING = /(て|で)(い|お)(る|ます)$/;
/** A clause ending on its cause (「数値の減少は人口減少による」「制度改正によります」): why, never an aim. */
const CAUSE_END = /によ(る|ります)$/;

/**
 * A deliberate lowering named with its object and nothing after it (「借入の抑制」「残高の削減」「維持管理費の縮減」): what the office
 * does on purpose, written as a noun, is its aim, as 「…の削減を図る」 is. 減少 / 縮小 / 低下 may merely happen: no aim alone.
 */
const DELIBERATE_LOWERING = /^[^、。\s（()）]{1,20}の(削減|抑制|縮減|低減)$/;

/** The whole remark a deliberate lowering (see DELIBERATE_LOWERING), never an aside in brackets beside other words: it, else ''. */
function loweringNamed(text: string, speaksOf?: AimSpeaksOf): string {
  // Only a remark read for an indicator whose object it names: 「職員定数の適正化（人件費の抑制）」 is a name's own words, no aim of its figure.
  if (!speaksOf) return '';
  const t = normalizeText(text).trim();
  return DELIBERATE_LOWERING.test(t) && aimedObject(t) !== null && ownAim(t, speaksOf) ? t : '';
}

function statesAim(clause: string): boolean {
  // 「逆指標」 classes the indicator as lower-is-better: a statement of its aim (inverseIndicator.ts).
  if (COMPARISON.test(clause) || AIM_WORD.test(clause) || callsInverse(clause)) return true;
  // 「令和4年度末から5％以上削減」: a change bounded by 以上 is the target's (boundedChange.ts).
  if (statesBoundedChange(clause)) return true;
  // 「前年度より増加しない」「増やさない」: a present denial of the way ends the clause as 「減らす」 does (negatedWay.ts).
  if (endsOnDeniedWay(clause)) return true;
  return PRESENT_VERB.test(clause) && !ONGOING.test(clause) && !CAUSE_END.test(clause);
}

/**
 * A text's clauses: split at its stops and spaces, a bracketed aside its own clause (「少子化により減少（目標は現状維持）」 is
 * 「少子化により減少」 and 「目標は現状維持」), so the aim word of one never lends itself to the other; the text round an
 * aside stays one clause (「減少（前年比）を目指す」 is 「減少を目指す」).
 */
const clausesOf = memo((text: string): readonly string[] => {
  const asides: string[] = [];
  const outside = normalizeText(text).replace(/[（(]([^（()）]*)[)）]/g, (_, inner: string) => {
    asides.push(inner);
    return '';
  });
  return [outside, ...asides].flatMap((t) => t.split(/[。．.、,，\n;；]|\s+/)).map((c) => c.trim());
});

/** A way named alone (「減少」「抑制」): a bare noun, an aim only when an aside calls it one. */
const BARE_WAY = /^(減少|削減|抑制|縮減|低減|低下|増加|増大|拡大|向上|上昇|改善|維持|現状維持)$/;
/** Words that give a way of their own (「目標は現状維持」 names its own aim). */
const OWN_WAY = /増|減|維持|向上|上昇|低下|抑|縮|拡|高|低|多|少|上げ|下げ/;

/**
 * A bare way with an aside that names it the aim and gives no way of its own (「減少（国の目標に準拠）」「抑制（目標）」): the
 * way is the aim, else ''.
 */
function wayNamedAim(text: string): string {
  const m = /^([^（()）]+)[（(]([^（()）]*)[)）]$/.exec(normalizeText(text).trim());
  if (!m || !BARE_WAY.test(m[1].trim())) return '';
  return AIM_WORD.test(m[2]) && !OWN_WAY.test(m[2]) ? m[1].trim() : '';
}

/**
 * The thing an aim lowers when the clause names it: 「未受診者の減少を目指す」 → 未受診者, 「転出超過数を減らす」 → 転出超過数; what it
 * prevents, eases or does away with too (「貧困の連鎖の防止を示す指標」 → 貧困の連鎖, 「負担の軽減」, 「待機児童の解消」), so that an aim at
 * another thing than the figure (a 進学率 showing the chain of poverty prevented) says nothing of the figure's way.
 */
const AIMED_OBJECT = /^(.+?)(?:の|を)(減少|削減|抑制|縮減|低減|低下|縮小|減ら|下げ|抑え|防止|防[ぐぎ]|軽減|解消|短縮)/;
/** The verbs of AIMED_OBJECT that prevent, ease, do away with or shorten rather than lower (see aimSpeaksOf's `preventing`). */
const PREVENTING = /^(防止|防[ぐぎ]|軽減|解消|短縮)$/;
/** The thing an aim at none at all does away with: 「待機児童ゼロを目指す」 → 待機児童, 「孤立死の根絶」 → 孤立死. */
const ZEROED_OBJECT = new RegExp(`^(.+?)の?(?:${ZERO_WORDS})`);

/** A clause before the figure's own rise: its setting or cause (「動力費高騰の中でも」「老朽化により」「…ため」). */
const OWN_RISE_AFTER = /(?:中で?も|中で|ため|により|によって|ながら|[、,])$/;

/** A rise as the thing held down (「上昇を抑制する」「増加を抑える」): the figure's own rise, its thing named before it by の if at all. */
const RISE = /(上昇|増加|増大|伸び|高騰)$/;

/**
 * The object of a clause's lowering aim (see AIMED_OBJECT), or null when it names none (「減少を目指す」「ゼロを目指す」). A rise held
 * down is the rise of what is named before it with の (「費用の上昇を抑制」 → 費用); with nothing so named (「動力費高騰の中でも上昇を
 * 抑制する」) it is the indicator's own rise: no object.
 */
export function aimedObject(clause: string): string | null {
  const found = AIMED_OBJECT.exec(clause)?.[1] ?? ZEROED_OBJECT.exec(clause)?.[1] ?? null;
  // 「数値の減少を目指す指標」: the figure itself, the indicator's own (ownFigureWords.ts).
  const object = found !== null && isOwnFigure(found) ? null : found;
  if (object === null || !RISE.test(object)) return object;
  const before = object.replace(RISE, '');
  // The rise alone, or after a clause of its cause or setting (「…高騰の中でも上昇を抑制」): the figure's own rise.
  if (!before || OWN_RISE_AFTER.test(before)) return null;
  // A rise joined to what rises, with or without の (「医療費増加を抑制」「費用の上昇を抑制」): that thing (review rv53).
  return before.endsWith('の') ? before.slice(0, -1) || null : before;
}

/** Whether an aim's object is the indicator's; `preventing` when the aim prevents, eases or shortens it (防止, 軽減, 短縮). */
export type AimSpeaksOf = (object: string, preventing: boolean) => boolean;

/** Whether the clause's aim is the indicator's: it names no object, or `speaksOf` says its object is the indicator's. */
function ownAim(clause: string, speaksOf?: AimSpeaksOf): boolean {
  const object = speaksOf ? aimedObject(clause) : null;
  // An aim the figure is said to show (「貧困の連鎖の防止を示す指標」) is measured by it going up; one the work pursues is not (review rv66).
  const preventing = PREVENTING.test(AIMED_OBJECT.exec(clause)?.[2] ?? '') && !/を(示す|表す|測る)/.test(clause);
  return object === null || speaksOf!(object, preventing);
}

/**
 * The clauses of a remark that state an aim, joined by 「。」 ('' when none does). `speaksOf`, given, says whether an aim's
 * object is the indicator's (detect/nameMeasure.ts aimSpeaksOf): 「未受診者の減少を目指す」 beside 特定健診受診率 aims at another
 * quantity, and says nothing of the rate's way (review rv40).
 */
export function remarkAims(remark: string, speaksOf?: AimSpeaksOf): string {
  return [wayNamedAim(remark), loweringNamed(remark, speaksOf), ...clausesOf(remark).filter((c) => c && statesAim(c) && ownAim(c, speaksOf))]
    .filter(Boolean)
    .join('。');
}

/** A cause before a change (「見直しにより減少」「感染症の影響で低下」「移転に伴い縮小」): what happened, and why. */
const CAUSED_CHANGE =
  /(により|による|によって|のため|ため|の影響で|の影響により|に伴い|に伴って|を受けて)[^。]*?(減少|増加|低下|上昇|縮小|拡大|悪化|改善|減|増)(した|しました|している|しています|傾向)?$/;
/** A clause in the past or an ongoing state (減少した, 縮小しました, 減少している, 下がっています). */
const PAST_OR_ONGOING = /(した|しました|だった|であった|でした|った|(て|で)(い|お)(る|ます))$/;

/**
 * What of a description (説明 / 指標の説明) may speak for an indicator's direction: its text less the clauses that
 * report a circumstance (a caused change, a past, an ongoing state). A description defines the indicator
 * (「ごみ排出量の削減を図る指標」「温室効果ガス排出量」), and that keeps speaking; 「運行便数の見直しにより減少」
 * tells why a figure fell, not which way the plan wants it. `speaksOf`, given, drops an aim at another quantity, as in remarkAims
 * (「待機児童ゼロを目指し定員を拡充する」 describing 保育定員数: review rv41b).
 */
export function descriptionAims(description: string, speaksOf?: AimSpeaksOf): string {
  return clausesOf(description)
    .filter((c) => c && !CAUSED_CHANGE.test(c) && !PAST_OR_ONGOING.test(c) && ownAim(c, speaksOf))
    .join('。');
}
