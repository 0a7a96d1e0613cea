/**
 * Indicators that are lower-is-better by what they count, whatever words surround them: a clerk
 * reads 「交通事故発生件数」「ごみ総排出量」「待機児童数」「失業率」 as 少ないほど良い without a 方向 column
 * (evaluation practice: 事故件数, 待機児童数, ごみ排出量, 転出超過数 are graded 目標 ÷ 実績).
 *
 * Only what the name ends with counts, the measured thing itself (「交通事故防止講座の参加者数」 counts
 * participants; 「事故件数の減少率」 is a rate of reduction, more is better), after its remarks in
 * brackets and its unit are taken off.
 */
import { reachedByService } from './servedCount';
import { normalizeText } from './text';

/** What a name ends with when lower is better. Each is a thing nobody wants more of. */
const SUBJECTS = [
  // accidents, crime, disasters
  /事故(発生)?(件数|数)$/,
  /(死傷|死亡|死|負傷|重傷)者数$/,
  /(犯罪|刑法犯)(の)?(認知)?(件数|数)$/,
  /(火災|出火)(発生)?(件数|数)$/,
  /被害(額|件数|面積|数)$/,
  /不法投棄(件数|数|量)$/,
  // waste and emissions
  // ごみ recycled or cut back (資源ごみ回収量, ごみ資源化量, 集団回収量, ごみ減量) is more-is-better: only the waste itself is a
  // thing to have less of, however it is counted — 家庭ごみ回収量 and 燃やすごみ収集量 are waste collected, lower is better.
  /(?<!資源|リサイクル)(ごみ|ゴミ|廃棄物)(?![^の]{0,6}?(資源|リサイクル|再生|再利用|減量|削減|集団回収))[^の]{0,6}(排出量|量)$/,
  /(温室効果ガス|二酸化炭素|co2)[^の]{0,6}排出量$/,
  /排出量$/,
  // welfare, health, employment
  /待機児童(数)?$/,
  /不登校[^の]{0,6}(数|率)$/,
  /(失業|離職|喫煙|肥満|要介護認定)率$/,
  /(自殺|自死)(者数|死亡率|率)$/,
  /転出超過(数)?$/,
  // housing, land, finance, service
  /空き?家(数|率)$/,
  /耕作放棄地(面積|率)?$/,
  /(滞納|未納|未収)(額|率|件数)$/,
  /(待ち|待機|到着|処理)時間$/,
  /(時間外勤務|超過勤務|残業)時間(数)?$/,
  /苦情(件数|数)$/,
  // a unit cost of a service (給水原価, 汚水処理原価: yen per ㎥ supplied or treated): the cheaper the better (経営比較分析表)
  // only a service's cost per unit, never a formula naming it (「供給単価／給水原価」 is the 料金回収率) nor a cost meant to rise (食材原価): review rv53
  /^[^／/÷＝=]*(?:給水|配水|浄水|汚水処理|処理)原価$/,
  // a rank: first is best (「全国学力調査の全国順位」 第10位 against 15位 falls short)
  /順位$/,
];

/** The name without its bracketed remarks, a trailing unit and white space, as the subject test reads it. */
function subjectOf(name: string): string {
  return normalizeText(name)
    .replace(/[(（【［[][^()（）【】［］[\]]*[)）】］\]]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/**
 * The last characters SUBJECTS can end with (数, 量, 額, 面積, 待機児童, 率, 転出超過, 耕作放棄地, 時間, 順位, 原価): a name ending
 * otherwise is told at once, without running every pattern along it. Keep in step with SUBJECTS.
 */
const SUBJECT_ENDS = '数量額積童率過地間位価';

/**
 * Litter picked up off the streets, beaches or rivers (「吸い殻・ポイ捨てごみ回収量」「漂着ごみ回収量」「散乱ごみ収集量」): the harvest
 * of patrols and clean-ups, an effort no office means to shrink, unlike the litter lying there (「ポイ捨てごみ量」) or the waste a
 * household puts out (「家庭ごみ回収量」). Nothing marks its way: it is more-is-better by default.
 */
const LITTER_PICKED = new RegExp(
  [
    '(ポイ捨て|散乱|漂着|吸い殻|吸殻)(ごみ|ゴミ)[^の]{0,4}(回収|収集|拾得)量$',
    // the same with の (「漂着ごみの回収量」), or with the picking first (「回収した漂着ごみ量」「清掃活動で拾ったポイ捨てごみの量」)
    '(ポイ捨て|散乱|漂着|吸い殻|吸殻)(ごみ|ゴミ)(等|など)?の(回収|収集|拾得)量$',
    '(回収|収集|拾得|拾っ|拾い集め)(した|された|た)[^。、]{0,10}?(ポイ捨て|散乱|漂着|吸い殻|吸殻)(ごみ|ゴミ)(等|など)?の?量$',
  ].join('|'),
);

/** The subject that makes the indicator lower-is-better (「事故発生件数」), or null. */
export function lowerIsBetterSubject(name: string): string | null {
  const s = subjectOf(name);
  if (!SUBJECT_ENDS.includes(s.slice(-1)) || LITTER_PICKED.test(s)) return null;
  for (const re of SUBJECTS) {
    const m = re.exec(s);
    // 「オンライン学習に参加した不登校児童生徒数」: those a service reached, more is better (servedCount.ts).
    if (m) return reachedByService(s.slice(0, m.index), m[0]) ? null : m[0];
  }
  return null;
}
