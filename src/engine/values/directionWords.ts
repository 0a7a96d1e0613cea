/**
 * Which way an indicator should go, from the words a clerk wrote in its name, description or note:
 * 「転出超過数を減らす」「現場到着時間を短縮する」「ごみ排出量の削減」 mean lower is better.
 *
 * Read as a clerk means it, clause by clause:
 * - a verb says the way its object should go: 減らす / 短縮する / 抑える … down, 増やす / 上げる … up;
 * - but a lower-is-better verb on a lower-is-better noun turns round: 「人口減少を抑える」「低下を防ぐ」 want more;
 * - and a reduction measured as a quantity is more-is-better: 「削減率を上げる」「減少率」「削減量」;
 * - a lower-is-better noun on its own (「…の削減」「時間短縮」「減少を目指す」) means down, unless a noun
 *   follows it (「防止講座の参加者数」: the 防止 names the course, not the goal).
 * - a comparison says it outright: 「少ないほど良い」「低いほうが望ましい」 down, 「多いほど良い」 up.
 * The first clause that says a way decides (the name comes first in the text the reader gives).
 */
import { countsActorsOnAim } from './actorsShare';
import { callsInverse } from './inverseIndicator';
import { deniedWay } from './negatedWay';
import { withoutQuotedTitles } from './quotedTitle';
import { memo, normalizeText } from './text';

/** Lower-is-better verbs (stems; する / させる / ます forms follow). */
const DOWN_VERBS = [
  '減らす',
  '減少させる',
  '削減する',
  '抑制する',
  '抑える',
  '短縮する',
  '縮める',
  '縮小する',
  '低減する',
  '低下させる',
  '下げる',
  '引き下げる',
  '軽減する',
  '防ぐ',
  '防止する',
  '解消する',
  'なくす',
  '食い止める',
];

/** Higher-is-better verbs. */
const UP_VERBS = ['増やす', '増加させる', '上げる', '引き上げる', '高める', '向上させる', '伸ばす', '拡大する', '拡充する', '促進する'];

/** Lower-is-better nouns: the goal is less of what they follow. */
const DOWN_NOUNS = ['減少', '削減', '抑制', '短縮', '低減', '縮減', '縮小', '低下', '軽減', '防止', '解消'];

/** A phrase after a noun that makes it qualify what follows (「…防止に関する研修」「…削減に向けた取組」). */
const RELATING = /^に(関する|関わる|係る|かかる|向けた|向けての|ついての)/;

/** A relating phrase followed by what is counted (「…に関する研修の受講者数」), not by an aim (「…に係る国の目標」「…に向けた取組」). */
function relatesCounted(after: string): boolean {
  const m = RELATING.exec(after);
  return !!m && !/^[^。、]{0,8}?(目標|計画|方針|取組|取り組み|施策)/.test(after.slice(m[0].length));
}

/** What makes a lower-is-better noun a premise or a cause rather than an aim (「人口減少を踏まえ」「少子化による減少により」). */
const PREMISE = /^(?:を(?:踏まえ|ふまえ|受け|背景|考慮|前提)|が(?:進む中|進んで|続く中|続いて)|の(?:中|なか)|[下中]で)/;
/** A cause (「…により」「…のため」): a premise only in a clause stating no aim after it (「削減により脱炭素を目指す」 aims at the cut). */
const CAUSE = /^(?:によ[りる]|のため)/;
const AIM_AFTER = /目指|めざ|図[るりろ]|努め|推進|実現/;

/** What makes a lower-is-better noun a quantity of its own (減少率, 削減量): more of it is better. */
const QUANTITY = /^(率|量|額|数|幅|割合|効果)/;

/**
 * What follows a verb that qualifies the counted thing: a past, continuing or passive ending, then a quantity noun (割合, 率, 数,
 * 件数 …), directly or after who or what was counted (人の, 事業者, 家屋: 「浸水被害が解消される家屋数」). The name's head noun is
 * that quantity (a bracket after it, （累計）, aside): more of it is better.
 */
const COUNTED_AFTER =
  /^(?:た|ている|ていた|てきた|れた|られた|できた)(?:[^、。]{0,6}?の)?(割合|比率|率|件数|人数|者数|世帯数|事業者数|団体数|数)(?:[(（][^()（）]*[)）])?$/;

/**
 * The passive before what was counted (「浸水被害が解消される家屋数」): counted only when the verb's object is stated before it
 * with が / を / は, another thing than the quantity; 「短縮される手続日数」 says the days are shortened: lower is better (review rv43).
 */
const COUNTED_AFTER_PASSIVE =
  /^(?:れた|れる|れている|られた)(?:[^、。]{0,6}?の)?\p{Script=Han}{0,4}?(割合|比率|率|件数|人数|者数|世帯数|事業者数|団体数|数)(?:[(（][^()（）]*[)）])?$/u;

/** Whether what follows a verb (`after`, the object before it `before`) is what the figure counts, not the way (「解消した割合」). */
function countedAfter(before: string, after: string): boolean {
  return COUNTED_AFTER.test(after) || (/[がをは]$/.test(before) && COUNTED_AFTER_PASSIVE.test(after));
}

const stem = (verb: string) => verb.replace(/(する|させる|す|る|ぐ)$/, '');
const DOWN_STEMS = new Set(DOWN_VERBS.map(stem));
const STEMS = [...DOWN_STEMS, ...UP_VERBS.map(stem)].sort((a, b) => b.length - a.length);
// A verb stem followed by an inflection: 減らす, 減らします, 短縮する, 短縮し, 抑えます, 防ぐ;
// 解消さ (れる, れた): the passive, as a relative clause qualifies what is counted by it.
const VERB = new RegExp(`(${STEMS.join('|')})(?:させ|する|す|し|さ|る|ぐ|ぎ|ます|れ|て)`, 'g');

/**
 * A bracket after a rate's name naming which kind it counts, a noun with a lower-is-better noun closing it: 「バリアフリー化率
 * （段差解消）」 is the rate of stations whose steps are done away with, more of it better; the bracket says no way. A way word
 * alone in the bracket (「…率（減少）」) or a change from a year (「（前年比削減）」) is not such a kind.
 */
const RATE_KIND = /(化|整備|実施|達成|普及|設置)率[(（]([\p{Script=Han}\p{Script=Katakana}ー]{1,8})$/u;
/** What in a rate's own name makes it a rate of the trouble itself (「下水道未接続率」「交通事故発生率」「市税滞納率」): its bracket names the aim, down. */
const TROUBLE_IN_NAME = /[未不]|事故|滞納/;

/**
 * Only a rate whose own head is an achievement (…化率, 整備率, 実施率, 達成率, 普及率, 設置率), whose name before the bracket
 * holds neither the lower-is-better noun itself nor a trouble word (「下水道未接続率（未接続解消）」 stays down, review rv49).
 */
function namesRateKind(before: string, noun: string, after: string): boolean {
  const m = RATE_KIND.exec(before);
  if (!m || !/^[)）]/.test(after) || /(比|年|度)$/.test(m[2])) return false;
  const name = before.slice(0, m.index + m[0].length - m[2].length - 1);
  return !name.includes(noun) && !TROUBLE_IN_NAME.test(name);
}

/**
 * Does the object before a verb end with a lower-is-better noun (not a quantity of it)? Its pace or size counts as the noun
 * (「減少幅を抑える」「減少傾向の抑制」: the decline is to be smaller, more is better).
 */
function objectIsDownNoun(before: string): boolean {
  const obj = before.replace(/[をがの]$/, '').replace(/(幅|傾向|ペース|スピード|速度)$/, '');
  return DOWN_NOUNS.some((n) => obj.endsWith(n)) || /(減|低下)$/.test(obj);
}

/**
 * A comparison that says which is better: 「少ないほど良い」「低いほうが望ましい」「短い方がよい」 (down),
 * 「多いほど良い」「高い方が望ましい」 (up).
 */
// 「低いほど良い」, and with what is better named between (「低いほど経営が良好」「少ないほうが市民にとって望ましい」); 健全 is a
// good side too (「低いほど健全」「低いほど財政運営が健全」), not 健全化 / 健全性 / 健全度 (「高いほど早期健全化基準に近い」 says the opposite).
const BETTER =
  /(少な|低|短|小さ|多|高|長|大き)(?:い|ければ)(?:ほど|ほうが|方が)(?:良|よ|い|望まし|好まし|健全(?![化性度])|[^。、]{1,8}?(?:良好|良い|よい|望まし|好まし|健全(?![化性度])))/;
const DOWN_BETTER = /^(少な|低|短|小さ)/;
/** What denies a comparison right after it: 「…良好とはいえない」「…望ましくない」「…良いとは限らない」. */
const NEGATED = /^(?:好|しい|い)?(?:く(?:ない|なく|ありません)|とは(?:いえ|言え|限ら)|では(?:ない|なく|ありません)|でない)/;

/** The first characters of every word a clause says a way by (BETTER's, the verbs', the nouns'): a text with none of them says none. */
const WAY_WORD_START = new RegExp(
  `[${[...new Set([...STEMS, ...DOWN_NOUNS, '少な', '低', '短', '小さ', '多', '高', '長', '大き', '逆指標', 'ゼロ', '皆無', '根絶', '撲滅'].map((w) => w[0]))].join('')}]`,
);

/** An aim at none at all (「ゼロを目指す」「根絶を図る」「撲滅を目指す」): lower is better, down to nothing. */
export const ZERO_WORDS = 'ゼロ|皆無|根絶|撲滅';
const ZERO_AIM = new RegExp(`(?:${ZERO_WORDS})(?:化)?(?:を|に)(?:目指|めざ|目ざ|する|図)`);

/**
 * A decline to be stopped or made smaller (「人口減少に歯止め」「減少の抑制」): more is better, unless the indicator counts the
 * decline itself (「人口減少数」「社会減少数」 named before it: less of it is better, review rv56).
 */
const DECLINE_STOPPED = 'decline-stopped';
const COUNTS_DECLINE = /(減少|減)(数|率|幅|量|人数|者数)|社会減|自然減|転出超過/;

/** The way one clause says, or null when it says none; `names` the clauses before it (the name first: a denial's own measure, negatedWay.ts). */
function clauseDirection(clause: string, names: readonly string[] = []): 'up' | 'down' | typeof DECLINE_STOPPED | null {
  // 「逆指標」: the clerk's term for lower is better (inverseIndicator.ts).
  if (callsInverse(clause)) return 'down';
  if (ZERO_AIM.test(clause)) return 'down';
  // 「増加しないことを目指す」「増やさない」: a rise denied is lower-is-better, read before the verb (negatedWay.ts).
  // A denial of a thing written as its object says no way; after a purpose phrase the rest of the clause is read (rv77).
  const denied = deniedWay(clause, names);
  if (denied === 'object') return null;
  if (typeof denied === 'object' && denied) return clauseDirection(denied.rest, names);
  if (denied) return denied;
  const better = BETTER.exec(clause);
  // 「低いほど経営が良好とはいえない」「高いほど望ましくない」: the comparison denied says no way.
  if (better && NEGATED.test(clause.slice(better.index + better[0].length))) return null;
  if (better) return DOWN_BETTER.test(better[1]) ? 'down' : 'up';
  for (const m of clause.matchAll(VERB)) {
    if (!DOWN_STEMS.has(m[1])) return 'up';
    // A verb that qualifies what is counted (「解消した割合」「減らした人の割合」「削減した事業者数」) says what the figure counts, not the way.
    if (countedAfter(clause.slice(0, m.index), clause.slice(m.index + m[0].length))) return 'up';
    return objectIsDownNoun(clause.slice(0, m.index)) ? DECLINE_STOPPED : 'down';
  }
  for (const noun of DOWN_NOUNS) {
    let i = clause.indexOf(noun);
    while (i >= 0) {
      const after = clause.slice(i + noun.length);
      // A noun right after makes it a modifier or a quantity: 削減率, 防止講座, 減少傾向, 虐待防止の啓発回数; so does a
      // relating phrase (「虐待防止に関する研修の受講者数」「削減に向けた講座の参加者数」): what is counted comes after it.
      // 「人口減少に歯止めをかける」: the decline is to be stopped, more is better.
      if (/^に歯止め/.test(after)) return DECLINE_STOPPED;
      // 「人口減少を踏まえ」「人口減少が進む中」「人口減少により」: a premise or a cause, no aim; the next clause may state one.
      if (PREMISE.test(after) || (CAUSE.test(after) && !AIM_AFTER.test(after))) {
        i = clause.indexOf(noun, i + 1);
        continue;
      }
      // 「食品ロス削減に取り組む市民の割合」: the cut is what the counted take part in, more of them is better (actorsShare.ts).
      const qualifies = QUANTITY.test(after) || relatesCounted(after) || namesRateKind(clause.slice(0, i), noun, after) || countsActorsOnAim(after);
      // 「減少の抑制」「減少幅の抑制」「低下の防止」: a lower-is-better noun on a lower-is-better one wants more, as its verb does.
      if (!/^([\p{Script=Han}\p{Script=Katakana}ー]|の.)/u.test(after) && !qualifies)
        return i > 0 && objectIsDownNoun(clause.slice(0, i)) ? DECLINE_STOPPED : 'down';
      i = clause.indexOf(noun, i + 1);
    }
  }
  return null;
}

/**
 * Characters that NFKC may turn into a way word's first character: Kangxi radicals (⾼ → 高), enclosed and
 * squared ideographs (㊤ → 上), kanbun marks (㆖ → 上), compatibility ideographs, and any astral character (as surrogates).
 */
const MAY_BECOME_WAY_WORD = /[\u2E80-\u2FDF\u3190-\u33FF\uF900-\uFAFF\uD800-\uDFFF]/;

/**
 * Whether a text, as written, may say a way: it holds a way word's first character, or one that NFKC may
 * turn into one. Most names say none and are told here, without normalising or remembering them.
 */
export function maySayWay(text: string): boolean {
  return WAY_WORD_START.test(text) || MAY_BECOME_WAY_WORD.test(text);
}

/** 'down' when the words say lower is better; null otherwise (the default, more is better, applies). */
export function directionFromText(text: string): 'down' | null {
  return wayFromText(text) === 'down' ? 'down' : null;
}

/** The way the first clause saying one says: 'up' (「増やす」「多いほど良い」), 'down', or null when none says a way. */
export function wayFromText(text: string): 'up' | 'down' | null {
  return maySayWay(text) ? wayMemo(text) : null;
}

/** One look-up per text: an indicator's words recur in every office's copy of a form, and every clause is tried against every way word. */
const wayMemo = memo((text: string): 'up' | 'down' | null => {
  // A campaign's title quoted in a name (「…暴力をなくす運動」パネル展) says no way (quotedTitle.ts).
  const t = withoutQuotedTitles(normalizeText(text).replace(/\s+/g, ' '));
  if (!WAY_WORD_START.test(t)) return null;
  let before = '';
  const prior: string[] = [];
  for (const clause of t.split(/[。．.、,，\n;；]|\s{1,}/)) {
    const d = clauseDirection(clause, prior);
    if (d === DECLINE_STOPPED) return COUNTS_DECLINE.test(before) ? 'down' : 'up';
    if (d) return d;
    before += clause;
    if (clause) prior.push(clause);
  }
  return null;
});

/** Arrows a clerk draws for the way an indicator should go (↑ ↗ ➚ up, ↓ ↘ ➘ down, → maintain). */
const UP_ARROWS = '↑⇧⬆↗➚➶⤴⇑';
const DOWN_ARROWS = '↓⇩⬇↘➘➴⤵⇓';
const SIDE_ARROWS = '→⇨➡⇒';
/**
 * One word that says a way, alone in a cell: 増加 / 向上 (up), 減少 / 低減 / 削減 (down), 維持 / 横ばい; or the verb a sheet writes
 * for it, 増やす / 高める (up), 減らす / 下げる (down). A project's future (縮小 / 拡充) is none of them.
 */
const UP_WORD = /^(増加|増|上昇|向上|高|多|増やす|高める|上げる|伸ばす|up)$/;
const DOWN_WORD = /^(減少|減|低減|低下|削減|縮減|抑制|低|少|減らす|下げる|抑える|down)$/;
const SIDE_WORD = /^(維持|現状維持|横ばい)$/;

/**
 * The way a cell under a 方向性 heading states, when it holds an arrow or a one-word way: 「↓」「➘」
 * 「↓減少」「低減」「増加↑」. Null for anything else (「拡充」「継続」「見直し」: a project's future,
 * which a 今後の方向性 cell holds, not the indicator's way).
 */
type Way = 'up' | 'down' | 'maintain';

const arrowWay = (ch: string): Way | null => (UP_ARROWS.includes(ch) ? 'up' : DOWN_ARROWS.includes(ch) ? 'down' : SIDE_ARROWS.includes(ch) ? 'maintain' : null);
const wordWay = (w: string): Way | null => (UP_WORD.test(w) ? 'up' : DOWN_WORD.test(w) ? 'down' : SIDE_WORD.test(w) ? 'maintain' : null);

export function directionMark(text: string): Way | null {
  const t = normalizeText(text)
    .replace(/[\s（）()]/g, '')
    .toLowerCase();
  if (!t || t.length > 8) return null;
  const chars = [...t];
  const ways = new Set(chars.map(arrowWay).filter((w): w is Way => w !== null));
  const word = chars.filter((ch) => !arrowWay(ch)).join('');
  const said = word ? wordWay(word) : null;
  if (ways.size > 1 || (word && !said)) return null;
  const drawn = ways.size ? [...ways][0] : null;
  if (drawn && said && drawn !== said) return null;
  return drawn ?? said;
}
