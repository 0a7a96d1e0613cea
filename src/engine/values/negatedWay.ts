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

/**
 * The way a clause's denied way verb says, or null when it denies none. Review rv77: 'object' when a denied rise has its own object
 * written (「孤立死を増やさない」: what is kept down may not be the figure counted), and { rest } after a purpose phrase
 * (「待機児童が増加しないよう定員を増やす」「空き家を増やさないための相談件数」): the rest of the clause is read for the way.
 */
export function deniedWay(clause: string): 'up' | 'down' | 'object' | { rest: string } | null {
  const rise = RISE_DENIED.exec(clause);
  const fall = FALL_DENIED.exec(clause);
  const m = rise && (!fall || rise.index < fall.index) ? rise : fall;
  if (!m) return null;
  const rest = clause.slice(m.index + m[0].length);
  if (PURPOSE_AFTER.test(rest)) return { rest: rest.replace(PURPOSE_AFTER, '') };
  // A fall denied of its object (「人口を減少させない」) keeps up: what one keeps from falling is what is counted up.
  if (m === rise && OBJECT_BEFORE.test(clause.slice(0, m.index))) return 'object';
  return m === rise ? 'down' : 'up';
}

/** Whether a clause ends on a present denial of a way verb (「…増加しない」「増やさない」): it states the way aimed at, as 「減らす」 does. */
export function endsOnDeniedWay(clause: string): boolean {
  const m = RISE_DENIED.exec(clause) ?? FALL_DENIED.exec(clause);
  return !!m && m.index + m[0].length === clause.length;
}
