/**
 * A count of those a service reached, named by what they did or had done (「オンライン学習に参加した不登校児童生徒数」「支援を
 * 受けた不登校児童生徒数」「改修した空き家数」): the clause before the counted words picks out the ones the office reached, so
 * more is better, whatever the counted people or things share that nobody wants more of (lowerIsBetter.ts). Only a clause
 * ending in a verb of taking part, using, being supported or being put right, done (…した / …された / …できた / 支援を受けた):
 * what merely happened or stays (「市内で発生した交通事故件数」「放置されている空き家数」) still counts the unwanted thing.
 */

/** A verbal noun of reaching or being reached by a service: taking part, using, consulting, returning, repairing, clearing. */
const REACHED =
  '(?:参加|利用|受講|受診|相談|登録|復帰|再登校|登校|通所|通級|接続|活用|利活用|改修|除却|解体|解消|再生|成約|入居|就労|就職|支援|指導|改善|修繕|解決|回復)';
/**
 * What is received from a service (支援 / 指導 / 相談 … を受けた), also closing a list (「相談・指導等を受けた」「支援などを受けた」);
 * 「被害を受けた」 is harm, no service.
 */
const RECEIVED = '(?:支援|指導|相談|助言|サービス|研修|講習|訓練|治療|ケア|補助|助成|給付)(?:等|など)?を受け(?:た|ている)';
/** That verbal noun done (…した / …している / …された / …できた), a service received, or つながった / 戻った. */
const REACHED_CLAUSE = new RegExp(`(?:${REACHED}(?:した|している|していた|された|されている|できた)|${RECEIVED}|(?:つなが[っれ]|繋が[っれ]|戻っ|戻れ)た)$`);

/**
 * A means used (「SNSを利用した」「ATMを利用した」「自転車を利用した」「インターネットを活用した」): the way the counted thing was done, no
 * service reaching anyone (review rv78): 利用 / 活用 after an object of を, other than a service (サービス, 制度, 施設, 相談窓口 …).
 */
const MEANS = /を(?:利用|活用|利活用)(?:した|している|していた|された|されている|できた)$/;
/** An object of を that is a service: using it is being reached (「相談窓口を利用した」「適応指導教室を利用した」). */
const SERVICE_OBJECT = /(?:サービス|制度|施設|窓口|支援|教室|センター|クラブ|事業|相談|講座|プログラム)を(?:利用|活用|利活用)[^を]*$/;

/**
 * A harm counted (crimes, accidents, fires, fraud, dumping and those hurt): whatever was used in it is the way it was done, never a
 * service that reached anyone (「SNS等のサービスを利用した犯罪の認知件数」「自転車を利用した事故件数」: review rv79 item 11).
 */
const HARM_SUBJECT = /犯罪|刑法犯|事故|被害|詐欺|火災|出火|不法投棄|死傷|死亡|死者|負傷|重傷/;
/**
 * Those or what the office sets out to reach (不登校の児童生徒, 空き家, 待機児童, 耕作放棄地): whatever they used or were put to use
 * through is how they were reached (「フリースクール等を利用した」「住宅リフォーム補助金を活用した」「空き家バンクを利用した」: review rv79 item 1).
 */
const NEED_SUBJECT = /不登校|空き?家|待機児童|耕作放棄地/;

/**
 * Whether the words before a counted subject (`before`, folded) are a clause naming the ones a service reached. With the counted
 * `subject` known, a 利用 / 活用 clause is a means before a harm and a reaching before those in need; otherwise (or before any other
 * subject) only a service used (SERVICE_OBJECT) is a reaching.
 */
export function reachedByService(before: string, subject = ''): boolean {
  if (!REACHED_CLAUSE.test(before)) return false;
  if (!MEANS.test(before)) return true;
  if (HARM_SUBJECT.test(subject)) return false;
  return NEED_SUBJECT.test(subject) || SERVICE_OBJECT.test(before);
}
