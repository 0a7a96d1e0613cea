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

/** The way a clause's denied way verb says, or null when it denies none. */
export function deniedWay(clause: string): 'up' | 'down' | null {
  const rise = RISE_DENIED.exec(clause);
  const fall = FALL_DENIED.exec(clause);
  if (rise && (!fall || rise.index < fall.index)) return 'down';
  return fall ? 'up' : null;
}

/** Whether a clause ends on a present denial of a way verb (「…増加しない」「増やさない」): it states the way aimed at, as 「減らす」 does. */
export function endsOnDeniedWay(clause: string): boolean {
  const m = RISE_DENIED.exec(clause) ?? FALL_DENIED.exec(clause);
  return !!m && m.index + m[0].length === clause.length;
}
