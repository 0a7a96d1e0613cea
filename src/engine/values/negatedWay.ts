/**
 * A way verb denied (「前年度より増加しないことを目指す」「増やさない」「増加させない」「拡大させない」): a rise held off is the aim of
 * keeping the figure down, lower is better; a fall denied (「減少させない」「減らさない」) keeps it up. Read before the verb itself,
 * which would say the opposite way (review rv74, older leftover: 「増加しない」 read up). Only a present denial (ない, ず, ません),
 * never a past one (増えなかった: what happened), and only of a verb a clerk writes for the figure's own change.
 */
const DENIED = '(?:ない|ず|ぬ|ません)';
/** A rise denied: 増加しない, 増加させない, 増大させず, 上昇させない, 拡大させない, 増やさない, 増えない. */
const RISE_DENIED = new RegExp(`(?:(?:増加|増大|上昇|拡大)(?:し|させ)|増やさ|増え)${DENIED}(?!かっ)`);
/** A fall denied: 減少しない, 減少させない, 低下させない, 減らさない, 減らない. */
const FALL_DENIED = new RegExp(`(?:(?:減少|低下)(?:し|させ)|減らさ|減ら)${DENIED}(?!かっ)`);

/** A purpose phrase after the denial (「増やさないための」「増加しないよう」): what follows is what is done or counted (rv77). */
const PURPOSE_AFTER = /^(?:ための?|ため|よう)/;
/** An object written right before the denied verb (「空き家を」「待機児童が」): the denial is of that thing, not the figure's. */
const OBJECT_BEFORE = /[をが]\s*$/;

/** Effort alone after a purpose phrase (「よう努める」「ようにする」「よう図る」「よう取り組む」「よう目指す」): it says no other way (rv79 item 3). */
const EFFORT_ONLY = /^(?:に)?(?:努|努力|す|し|図|取り?組|目指|めざ|目ざ|心[掛が]け)?[ぁ-ん]*$/;
/** A measure word a name ends on (件数, 人数, 額, 量, 率): 「管理不全空き家の件数」 counts 管理不全空き家. */
const MEASURE_TAIL = /^(?:の)?(?:件数|人数|者数|世帯数|数|額|金額|量|件|人)?$/;

/** The noun written as the denied verb's object (「管理不全空き家を」「被害件数が」 → 管理不全空き家, 被害件数), or null. */
function objectNoun(before: string): string | null {
  const m = /(?:^|[のはにでとへもや、\s]|より)([^のはにでとへもや、\s]{2,}?)[をが]\s*$/.exec(before);
  return m ? m[1].replace(/^.*より/, '') : null;
}

/** Whether `noun` is the indicator's own measure: a name holds it with nothing after it but a measure word (rv79 item 2). */
function ownMeasure(noun: string, names: readonly string[]): boolean {
  return names.some((n) => {
    const i = n.lastIndexOf(noun);
    return i >= 0 && MEASURE_TAIL.test(n.slice(i + noun.length).replace(/[(（][^()（）]*[)）]$/, ''));
  });
}

/**
 * The way a clause's denied way verb says, or null when it denies none. Review rv77: 'object' when a denied rise has its own object
 * written (「孤立死を増やさない」: what is kept down may not be the figure counted), and { rest } after a purpose phrase
 * (「待機児童が増加しないよう定員を増やす」「空き家を増やさないための相談件数」): the rest of the clause is read for the way.
 * Review rv79: an object that is the indicator's own measure (`names`, the words before the clause: 「管理不全空き家の件数」 with
 * 「管理不全空き家を増やさない」) keeps the denial's way; so does a purpose phrase followed by effort alone (「よう努める」「ようにする」).
 */
export function deniedWay(clause: string, names: readonly string[] = []): 'up' | 'down' | 'object' | { rest: string } | null {
  const rise = RISE_DENIED.exec(clause);
  const fall = FALL_DENIED.exec(clause);
  const m = rise && (!fall || rise.index < fall.index) ? rise : fall;
  if (!m) return null;
  const rest = clause.slice(m.index + m[0].length);
  if (PURPOSE_AFTER.test(rest) && !EFFORT_ONLY.test(rest.replace(PURPOSE_AFTER, ''))) return { rest: rest.replace(PURPOSE_AFTER, '') };
  // A fall denied of its object (「人口を減少させない」) keeps up: what one keeps from falling is what is counted up.
  const before = clause.slice(0, m.index);
  if (m === rise && OBJECT_BEFORE.test(before)) {
    const noun = objectNoun(before);
    if (!noun || !ownMeasure(noun, names)) return 'object';
  }
  return m === rise ? 'down' : 'up';
}

/** Whether a clause ends on a present denial of a way verb (「…増加しない」「増やさない」): it states the way aimed at, as 「減らす」 does. */
export function endsOnDeniedWay(clause: string): boolean {
  const m = RISE_DENIED.exec(clause) ?? FALL_DENIED.exec(clause);
  return !!m && m.index + m[0].length === clause.length;
}

const STATED_OPENING = /^(?:(?:前年度?|現状|現在|基準値?|策定時)(?:より|から|比で?)?)?(?:増加|増大|上昇|拡大|増や|増え|減少|低下|減ら)/;

/**
 * The way a direction cell states by a denied way verb (「増加させない」 down, 「減少させない」 up, 「低下しないよう努める」 up), read before
 * its verb would say the opposite (review rv79 item 7); 'unread' when it denies a rise of another thing or goes on to something done
 * (「孤立死を増やさない」「…しないよう定員を増やす」: the cell's way is left to the direction-unread guess); null when it denies none.
 */
export function statedDeniedWay(text: string): 'up' | 'down' | 'unread' | null {
  // Only a cell that opens on the denied verb (after a 前年度より at most): a note's line (「※…しないことを目指す」) is no direction cell.
  if (!STATED_OPENING.test(text)) return null;
  const d = deniedWay(text);
  return d === 'up' || d === 'down' ? d : d ? 'unread' : null;
}
