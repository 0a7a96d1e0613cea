/**
 * Units written in cells, number formats and 単位 columns, and which of them can be compared.
 */
import { qualifiedUnitPart } from './qualifiedBracketUnit';
import { unitQualifier } from './unitQualifier';

/** Known units; the longest one written wins (千円 over 円, 品目 over 品: see BY_LENGTH). */
const KNOWN = [
  'ポイント',
  // Counters of two or more characters whose first character is a unit of its own (品目 is not 品 followed by 目).
  '医療機関',
  // Bodies counted by kind (「女性委員のいない審議会等の数（機関）」「相談機関数」): 審議会, 相談窓口 and the like.
  '機関',
  '自治会',
  '町内会',
  '経営体',
  '品目',
  '品種',
  '種目',
  '種類',
  '項目',
  '科目',
  '教科',
  '地区',
  // 日常生活圏域 counted (「第2層協議体　8圏域で設置」): a place counter, as 地区 is.
  '圏域',
  '校区',
  '団地',
  '集落',
  '路線',
  // Sections of a road or a line measured (「自動車騒音 12区間」「測定区間数（区間）」), as 路線 counts routes: 区 and 間 would read
  // 区 alone, 間 never continuing a unit (年間).
  '区間',
  // Specimens tested (「計画検体数（検体）」 of a 収去検査): the count of samples, as 件 is of cases.
  '検体',
  '講座',
  // Administrative procedures counted (「行政手続オンライン化数（手続）」「オンライン化 214手続」), as 件 counts cases; 手続き as written too.
  '手続き',
  '手続',
  // Teams and groups counted (「チームオレンジ設置数（チーム）」「自主グループ数（グループ）」「12チーム」).
  'チーム',
  'グループ',
  '学級',
  '法人',
  '事業',
  '事業所',
  '事業者',
  '団体',
  '組織',
  '経営体',
  '施設',
  '世帯',
  '店舗',
  '企業',
  '箇所',
  'か所',
  'ヶ所',
  'ヵ所',
  'カ所',
  'ケ所',
  '個所',
  '百万円',
  '千円',
  '万円',
  '億円',
  '千人',
  '万人',
  '人日',
  '人回',
  '時間',
  // Hours as a clerk abbreviates them (「11.6h」「（h／年）」); ha and kWh, longer, win where they are written.
  'h',
  '千t',
  't',
  'トン',
  // Areas in square kilometres (「2.41k㎡」「面積（㎢）」, NFKC km2): the power is the unit's, never a second figure; km
  // alone stays a length.
  'km2',
  'k㎡',
  '㎢',
  'km',
  'ha',
  'kg',
  // Grams and litres after a figure (「850g以下」「1.2L」): mass and volume as a clerk writes them.
  'mg',
  'g',
  'kL',
  'mL',
  'L',
  // Power and energy (「設備容量（kW）」「発電量（MWh）」): the longest spelling wins, kWh over kW.
  'kWh',
  'MWh',
  'GWh',
  'kW',
  'MW',
  // Twenty-foot equivalent units (「コンテナ取扱量（TEU）」), the count of containers in ports' statistics.
  'TEU',
  // Page views and unique users of a website (「閲覧数 120,000PV」「月間3,200UU」).
  'PV',
  'UU',
  // Area and volume (「12㎡」「13.4千㎥」, NFKC m2 / m3): the power is the unit's, never a second figure.
  'm2',
  '㎡',
  'm3',
  '㎥',
  'm',
  '%',
  'pt',
  '件',
  '人',
  '名',
  '社',
  '回',
  '円',
  '戸',
  '校',
  '台',
  '本',
  '冊',
  // Written works counted (「作文コンテスト応募数（編）」「応募 1,035編」): essays, poems, papers, as 冊 counts books.
  '編',
  '部',
  '組',
  '頭',
  '日',
  '者',
  '棟',
  '品',
  '点',
  '店',
  '所',
  '枚',
  '軒',
  '基',
  '隻',
  '区',
  '園',
  '館',
  '便',
  '席',
  '泊',
  '週',
  '月',
  '年',
  '倍',
  '割',
];

/** The known units, longest first (a stable sort: the list's order among units of one length). */
const BY_LENGTH = [...KNOWN].sort((a, b) => b.length - a.length);

/** A letter or digit: a word that goes on after a unit. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Units only as a whole word: 「12チーム」, never 「グループ別」「グループ数」「チーム員」「グループホーム」. */
const WHOLE_WORD_ONLY = /^(チーム|グループ)$/;
/** Counters never continued by a kanji into a unit: 編 before a kanji is a word (編集, 編成, 編入), no count of works. */
const NO_COMPOUND = /^編$/;

/**
 * Returns the unit at the start of `s` (after a number), or undefined: the longest known unit written there.
 * Two known units written together and ending the word are one compound unit (人泊, 人時間, 台日): 「2,180人泊」 is
 * in 人泊, never in 人.
 */
export function unitAt(s: string): string | undefined {
  const t = s.replace(/^\s+/, '');
  const u = knownUnitAt(t) ?? scaledUnitAt(t);
  if (!u || (WHOLE_WORD_ONLY.test(u) && WORD_CHAR.test(t.charAt(u.length)))) return undefined;
  const second = BY_LENGTH.find((k) => t.startsWith(k, u.length));
  if (second && !WORD_CHAR.test(t.charAt(u.length + second.length))) return canonicalUnit(u + second);
  const more = unitContinuation(t.slice(u.length));
  if (more && NO_COMPOUND.test(u)) return undefined;
  return canonicalUnit(u + more);
}

/**
 * The longest known unit at the start of `t`. A unit ending in its power (m2, km2, m3) is that unit only when no digit
 * follows the power: in 「1.5km2025年度完了」 the 2 opens a year, the unit is km. km2 is an area only when no letter, kana or kanji
 * follows either: 「1.2km2路線」 is 1.2 km and 2 路線 (review rv69), 「2.41k㎡」「面積 3.0km2」 are areas.
 */
function knownUnitAt(t: string): string | undefined {
  return BY_LENGTH.find((k) => t.startsWith(k) && !(/\d$/.test(k) && /\d/.test(t.charAt(k.length))) && !(k === 'km2' && /\p{L}/u.test(t.charAt(k.length))));
}

/** A scale written before a unit: 「万t」「千kWh」「億人」 (30.5万t-CO2 is 30.5 in 万t-CO2). */
const SCALE_PREFIX: [string, number][] = [
  ['百万', 1e6],
  ['千', 1e3],
  ['万', 1e4],
  ['億', 1e8],
];

/** A scale followed by a known unit that does not itself start with a scale, as written, or undefined. */
function scaledUnitAt(t: string): string | undefined {
  const scale = SCALE_PREFIX.find(([p]) => t.startsWith(p))?.[0];
  if (!scale) return undefined;
  const inner = knownUnitAt(t.slice(scale.length));
  return inner && !SCALE_PREFIX.some(([p]) => inner.startsWith(p)) ? scale + inner : undefined;
}

/**
 * One kanji after a known unit that says something about the figure or the time, never part of its unit: 人増, 件超, 回目, 年間, 年度;
 * or how the figures are split (「（手続別）」「（月別）」: by procedure, by month), no unit at all (review rv64).
 */
const NOT_UNIT_CHAR = /[増減超強弱余計中済目前後末頃内外等毎差以未当分間度次代別]/;

/**
 * What continues a known unit into the whole unit token written: one more kanji that ends the word (区画 is not
 * 区 followed by 画; 人増 stays 人), or a slash and a per-unit (人/日, 件/年, t/年).
 */
function unitContinuation(after: string): string {
  const kanji = /^\p{Script=Han}(?![\p{L}\p{N}])/u.exec(after)?.[0];
  if (kanji && !NOT_UNIT_CHAR.test(kanji)) return kanji;
  const per = /^[/／](\p{Script=Han}{1,2}|[A-Za-z]{1,3})(?![\p{L}\p{N}])/u.exec(after);
  return per ? `/${per[1]}` : '';
}

/** The spellings of the counter か所 (places): one unit in comparisons, each reported as written. */
const PLACES = /^(か所|ヶ所|ヵ所|カ所|ケ所|箇所|個所)$/;

/** Canonical spelling: ％ → %, ヶ所/カ所/箇所 → か所. */
export function canonicalUnit(u: string): string {
  const t = u.normalize('NFKC').trim();
  if (PLACES.test(t)) return 'か所';
  if (t === 'pt') return 'ポイント';
  return t;
}

/**
 * A unit as the workbook writes it, for the report: canonical (％ → %, pt → ポイント) except that a
 * spelling of か所 (箇所, ヶ所, カ所) is kept; comparisons go through canonicalUnit / conversionFactor.
 */
export function writtenUnit(u: string): string {
  const t = u.normalize('NFKC').trim();
  return PLACES.test(t) ? t : canonicalUnit(t);
}

/** Dashes and blank-like marks (－ - ― ー ・ …) or なし written in a unit cell: the indicator has no unit. */
const NO_UNIT = /^[\s\-‐‑‒–—―−─━ー～〜~・･/／＿_]*$|^(なし|無し|該当なし)$/;

/** True when a unit cell's text says there is no unit (a dash, a blank-like mark, なし) rather than naming one. */
export function isNoUnitMark(u: string): boolean {
  return NO_UNIT.test(u.normalize('NFKC').trim());
}

/** Units that mean the same count of things. */
const SYNONYMS: string[][] = [
  ['人', '名', '者'],
  ['か所', '所'],
  ['手続', '手続き'],
];

interface Scaled {
  base: string;
  factor: number;
}

const SCALES: Record<string, Scaled> = {
  円: { base: '円', factor: 1 },
  千円: { base: '円', factor: 1e3 },
  万円: { base: '円', factor: 1e4 },
  百万円: { base: '円', factor: 1e6 },
  億円: { base: '円', factor: 1e8 },
  人: { base: '人', factor: 1 },
  千人: { base: '人', factor: 1e3 },
  万人: { base: '人', factor: 1e4 },
  t: { base: 't', factor: 1 },
  トン: { base: 't', factor: 1 },
  千t: { base: 't', factor: 1e3 },
  // 「1時間5分」 (read 1.083 時間) against a target of 40 分: a length of time converts into the row's smaller unit (65 分).
  秒: { base: '秒', factor: 1 },
  分: { base: '秒', factor: 60 },
  時間: { base: '秒', factor: 3600 },
  // Hours written short (「11.6h」) beside a 単位 of 時間 are the same unit (review rv50).
  h: { base: '秒', factor: 3600 },
};

function scaled(u: string): Scaled {
  const s = SCALES[u];
  if (s) return s;
  for (const group of SYNONYMS) if (group.includes(u)) return { base: group[0], factor: 1 };
  const prefix = SCALE_PREFIX.find(([p]) => u.length > p.length && u.startsWith(p));
  if (prefix) {
    const inner = scaled(u.slice(prefix[0].length));
    return { base: inner.base, factor: prefix[1] * inner.factor };
  }
  return { base: u, factor: 1 };
}

/**
 * The factor that converts a value in unit `from` into unit `to`, or null when they measure
 * different things (件 and 社). Missing units are compatible with anything (factor 1).
 */
export function conversionFactor(from: string | undefined, to: string | undefined): number | null {
  if (!from || !to) return 1;
  const a = scaled(canonicalUnit(from));
  const b = scaled(canonicalUnit(to));
  if (a.base !== b.base) return null;
  return a.factor / b.factor;
}

/** A sign mark alone (▲ △ ▼ − -): how a format writes a negative figure. */
const SIGN_MARK = /^[▲△▼▽−\-+]+$/;

/** A unit written inside a number format: `#,##0"件"`, `0\人`, `0.0"億円"`. */
export function unitFromNumberFormat(fmt: string | null | undefined): string | undefined {
  if (!fmt) return undefined;
  const q = /"([^"]+)"\s*(;|$)/.exec(fmt) ?? /"([^"]+)"/.exec(fmt);
  if (q) {
    const u = q[1].trim();
    // 「#,##0;"▲"#,##0」: a sign written before the negative figures is no unit.
    if (u && !/\d/.test(u) && !SIGN_MARK.test(u)) return canonicalUnit(u);
  }
  const esc = /((?:\\[^\\0#.,;])+)\s*(;|$)/.exec(fmt);
  if (esc) return canonicalUnit(esc[1].replace(/\\/g, ''));
  return undefined;
}

/** A unit written after the name: "従業員1人当たりの粗付加価値額（万円）" → 万円, "（人/年）" → 人/年. */
export function unitFromName(name: string): string | undefined {
  // Each bracket in turn: a heading may date itself first (「目標値（R5）（千人）」), its unit after.
  for (const m of name.normalize('NFKC').matchAll(/[（(]([^（()）]{1,8})[)）]/g)) {
    const unit = bracketUnit(m[1].trim());
    if (unit) return unit;
  }
  return undefined;
}

/**
 * Minutes and seconds, units only when a bracket holds nothing else (「窓口の平均待ち時間（分）」): after a figure 分 is as often
 * a part (「3分の1」「現年分」), so it is no known unit of cells.
 */
const TIME_ALONE = /^(?:分|秒|分間)$/;

/**
 * 個, a unit only when a bracket holds nothing else (「節水コマ配布数（個）」): after a figure 個 as often opens a word (個人, 個別,
 * 個所), so it is no known unit of cells.
 */
const COUNTER_ALONE = /^個$/;

/** Words closed by 数: a known counter before it is the unit the count is in. */
const COUNTER_COUNT = /^(.{1,4})数$/;

/** The unit a bracket's words are, or undefined. */
function bracketUnit(inner: string): string | undefined {
  // 「（単年度・人）」「（延べ・人）」: the unit after the count's qualifier (qualifiedBracketUnit.ts).
  const part = qualifiedUnitPart(inner);
  if (part) return bracketUnit(part);
  if (TIME_ALONE.test(inner) || COUNTER_ALONE.test(inner)) return inner;
  // A counter and 数 (「（件数）」「（人数）」「（手続数）」「（手続き数）」): the count of that counter, in it, as 「214手続」 is.
  const counted = COUNTER_COUNT.exec(inner)?.[1];
  // チーム / グループ stay units only as a whole word (「活動数（グループ数）」 is none: review rv60).
  if (counted && knownUnitAt(counted) === counted && !WHOLE_WORD_ONLY.test(counted)) return writtenUnit(counted);
  const u = unitAt(inner);
  if (!u) return undefined;
  if (canonicalUnit(inner) === u) return writtenUnit(inner);
  const rest = inner.slice(inner.indexOf(u.charAt(0)) + u.length);
  // A unit qualified by a substance (「（t-CO2）」「（kg-CO2/人）」) is that unit, as written.
  const qualifier = unitQualifier(rest);
  const after = qualifier ? rest.slice(qualifier.length) : rest;
  // A per-unit after a slash (「円/人」「円/m3」「人/km2」): a word, or a length, area or volume unit with its power.
  return (qualifier && !after) || /^\/(?:[^\d\s]{1,3}|k?m[23])$/.test(after) ? inner : undefined;
}
