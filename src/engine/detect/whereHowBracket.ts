/**
 * A bracket after a name that says where or how its figure is taken: a place group the plan marks out (「ポイ捨てごみ散乱数（重点地区）」
 * 「路上喫煙率（モデル区域）」) or a way of observing it (「路上喫煙者数（定点）」「通行量（抽出調査）」). It is part of the name as
 * written, which counts something else than the bare name: never a standing mark (（重点）, （重点事業）) that comes off, nor a counter
 * unit (点 of 定点).
 */

/** A place the figure is counted in: words ending in 地区 / 区域 / 地域 / 路線 / エリア / 校区 / 商店街, one to eight characters. */
const PLACE = /^[^\d()（）:：、・,]{0,6}(地区|区域|地域|路線|エリア|校区|商店街)$/;

/** A way of observing: at fixed points, sampled, estimated, or every case counted (調査 / 観測 after it too). */
const METHOD = /^(定点|抽出|推計|全数|標本)(調査|観測|計測)?$/;

/** Whether a trailing bracket's inner text (「重点地区」「定点」) says where or how the figure is taken: it stays in the name. */
export function namesWhereOrHow(inner: string): boolean {
  const t = inner.normalize('NFKC').replace(/\s+/g, '');
  return PLACE.test(t) || METHOD.test(t);
}
