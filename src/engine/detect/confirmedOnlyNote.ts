/**
 * A note on the sheet saying the evaluation is made on the confirmed figure (「※実績見込は予算編成時（11月）の見込値。評価は確定値
 * により行う。」「評価は確定値による。」) or that the forecast is not used for it (「見込値は評価に用いない」): where the year's 確定値
 * (or 実績（確定）) cell is not out yet (集計中, 未公表, blank), the 見込 / 速報値 beside it never stands in for it — the year's
 * actual is pending, no grade (provisionalTwins.ts). Without such a note a 確定値 not out yet still hands over to the early figure
 * beside it, provisional (a 速報値 | 確定値 pair). A note denying it (「確定値によらず」「確定値ではなく見込値で評価」) states nothing,
 * and so does a long passage (over 200 characters: prose, not a note on the figures).
 * Read sentence by sentence (review rv80 items 4, 7): a note any of whose sentences lets the early figure stand in (「ただし、確定値が
 * 未公表の指標は速報値により暫定的に評価し」) states nothing; a note whose subject is restricted (「★印の指標の評価は」「※1の指標の
 * 評価は」) holds only for the rows carrying that mark, and one restricted otherwise (「国の統計による指標の評価は」) for no row told
 * apart: only a bare 評価は speaks for the whole sheet.
 */
import { parseA1 } from '../model/address';
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import type { RawIndicator } from './types';
import { sheetMentionsAny, textCells } from './sheetTexts';

/**
 * The evaluation made on the confirmed figure: 評価は確定値により行う / 確定値による / 確定値で判定する / 確定した数値に基づき; the
 * judging's time may stand before it (「評価にあたっては確定値を使用する」「判定に際しては」, review rv81 item 1d).
 */
const ON_CONFIRMED =
  /(評価|判定)(は|について(は)?|に(あたって|当たって|際して|おいて)(は)?)?[^。]{0,4}?確定(値|した数値|実績)(に(より|よる|よって|基づ)|で|を(用い|もと|使用|使う|使い|採用))/;
/**
 * The forecast or early figure refused for judging: 「見込値は評価に用いない」「速報値は判定の対象外」, the refusal closing its
 * sentence however far from the early figure (「速報値は参考値として掲載しており、評価には用いない」, review rv81 item 1c) as long as no
 * 確定 stands between (the confirmed figure would be the refused one's subject then).
 */
const EARLY_REFUSED = /(見込|速報|暫定)((?!確定)[^。])*?(評価|判定)[^。、]{0,6}?(用いない|使用しない|使わない|含めない|行わない|対象外)/;
/**
 * A judging on the early figure said only as a reference, what it would give: 「見込値で評価した場合の達成度は参考として備考欄に記載」
 * (review rv81 item 1e) — a supposition (した場合 / したとき) on the early figure whose result is 参考. Review rv82a item 4: the
 * supposition is the early figure's own (no 、 between; 「確定値で評価した場合の達成度は参考」 supposes the other), and only that
 * clause is excused: the rest of its sentence may still let the early figure stand in (「…は見込値により評価し、確定値で評価した場合…」).
 */
const REFERENCE_ONLY = /(速報|見込|暫定)[^。、]{0,8}?(評価|判定)(した|する|すると)(場合|とき|時)[^。]*?参考[^。、]*/g;
/** A note turning the other way: 「確定値によらず」「確定値ではなく」「確定値以外」. */
const DENIED = /確定(値|した数値|実績)(に(よらず|よらない)|ではなく|でなく|以外)/;

/** Verbs of using a figure for the judging (を用いる / 使用する / 使う / 採用する / もとに). */
const USE = '用い|もと|使用|使う|使い|採用';
/**
 * A sentence letting the early figure stand in: 「速報値により暫定的に評価」「見込値で評価」, or a ただし / なお clause naming it for the
 * judging (「ただし、未公表のものは速報値を用いる」); 「なお、見込値は参考として記載」 lets nothing stand in. Review rv82a item 4: the
 * verbs read for the confirmed figure (使用 / 使う / 採用) are read for the early one too (「ただし、…場合は速報値を使用する」), and the
 * early figure taken up in a clause supposing the confirmed one missing stands in wherever the clause stands (「…を原則とするが、
 * やむを得ない場合は見込値を用いる」); a use refused (「見込値を用いない」) is none.
 */
const EARLY_STANDS = new RegExp(
  `(速報|見込|暫定)[^。]{0,12}?(により|による|で|を(${USE}))[^。]{0,8}?(評価|判定)` +
    `|(ただし|なお)[^。]*(速報|見込)[^。]*(評価|判定|${USE}|代え|代用|充て)` +
    `|(?:(場合|とき)(は|には)?|時(は|には))、?[^。]*?(速報|見込|暫定)[^。、]{0,4}?を(${USE})(?![^。、]{0,3}?(ない|ず|ません))`,
);
/** A restricted subject of the judging: 「★印の指標（…）の評価は」「※1の指標の評価は」「…による指標の評価は」. */
const RESTRICTED = /^[※＊*]?(.+?)の(評価|判定)(は|について)/;
/** The rows named as the topic before a bare 評価は: 「★印の指標は、評価は確定値により行う」 (review rv81 item 1f). */
const TOPIC = /^[※＊*]?(.+?指標(\([^()]*\))?)(は|について(は)?)、?(評価|判定)(は|について)/;
/** The mark a restricted subject names rows by: ★印, ◎, ※1; leading, or bracketed after the subject (「…による指標（★）」). */
const MARK = '[★☆◎○●◆◇■□△▲▼]|※[0-9]+';
const ROW_MARK = new RegExp(`^(${MARK})`);
const MARK_AFTER = new RegExp(`\\((${MARK})印?(のもの|の指標)?\\)$`);
/**
 * A sentence opening with marked rows as its subject, whatever stands before its 評価は: 「★印の指標は国の統計によるもので、評価は
 * 確定値により行う」 speaks of the ★ rows only (review rv82a item 6).
 */
const MARKED_OPENING = new RegExp(`^[※＊*]?((?:${MARK})印?の指標)(?:は|について)`);

/** What a note says of the confirmed figure: null (nothing), the whole sheet (mark null), or the rows carrying a mark ('' none). */
export function confirmedOnlyScope(text: string): { mark: string | null } | null {
  const t = normalizeText(text).replace(/\s+/g, '');
  if (t.length > 200 || DENIED.test(t)) return null;
  const sentences = t.split('。').filter((x) => x);
  if (sentences.some(standsIn)) return null;
  const says = sentences.find((x) => ON_CONFIRMED.test(x) || EARLY_REFUSED.test(x));
  if (!says) return null;
  const subject = (RESTRICTED.exec(says) ?? TOPIC.exec(says) ?? MARKED_OPENING.exec(says))?.[1];
  // Only a subject naming some of the indicators restricts: 「各指標の評価は」「本表の評価は」 speak for the whole sheet.
  const some = !!subject && /指標(\(.*\))?$/.test(subject) && !/^(本表|本シート|各|全て|すべて|全|成果|実績|数値|成果指標|の)*指標$/.test(subject);
  if (!some || !ON_CONFIRMED.test(says)) return { mark: null };
  return { mark: (ROW_MARK.exec(subject) ?? MARK_AFTER.exec(subject))?.[1] ?? '' };
}

/** Whether a sentence lets the early figure stand in, its reference-only supposition set aside and no refusal of the early figure. */
function standsIn(sentence: string): boolean {
  const rest = sentence.replace(REFERENCE_ONLY, '');
  return EARLY_STANDS.test(rest) && !EARLY_REFUSED.test(rest);
}

/** Whether a text says the sheet's figures are judged on the confirmed figure only (never on a 見込 / 速報値 beside it). */
export function saysConfirmedOnly(text: string): boolean {
  return confirmedOnlyScope(text) !== null;
}

/** Per grid: the marks the sheet's notes judge on the confirmed figure (null: the whole sheet; read once per sheet). */
const KNOWN = new WeakMap<Grid, (string | null)[]>();

function scopesOf(grid: Grid): (string | null)[] {
  let known = KNOWN.get(grid);
  if (known === undefined) {
    const any = sheetMentionsAny(grid, ['確定', '見込', '速報', '暫定']);
    known = any
      ? textCells(grid)
          .flatMap(({ text }) => confirmedOnlyScope(text) ?? [])
          .map((s) => s.mark)
      : [];
    KNOWN.set(grid, known);
  }
  return known;
}

/** Whether the sheet holds a note saying its figures are judged on the confirmed figure only (any row). */
export function judgesOnConfirmed(grid: Grid): boolean {
  return scopesOf(grid).some((m) => m !== '');
}

/**
 * Whether a note on the sheet judges this row on the confirmed figure: a sheet-wide note, or one naming the mark the row carries —
 * at the head of its name, or alone in a cell of its own on the row (a 統計 column of ★ beside the name, review rv81 item 1b).
 */
export function judgedOnConfirmed(grid: Grid, ind: RawIndicator): boolean {
  const at = parseA1(ind.nameCell);
  const name = at ? normalizeText(grid.text(at.row, at.col)).trim() : '';
  // Up to the row's last figure read (a ★ column of another table to the right is no mark of this row).
  const last = Math.max(at?.col ?? 0, ...ind.actuals.map((a) => a.col));
  const cols = Array.from({ length: Math.max(0, last - grid.left + 1) }, (_, k) => grid.left + k);
  const alone = (m: string) => !!at && cols.some((c) => c !== at.col && markAlone(normalizeText(grid.text(at.row, c)), m));
  return scopesOf(grid).some((m) => m === null || (!!m && (name.startsWith(m) || alone(m))));
}

/** A cell holding the mark and nothing else (「★」「★印」). */
function markAlone(text: string, mark: string): boolean {
  return text.replace(/\s+/g, '').replace(/印$/, '') === mark;
}
