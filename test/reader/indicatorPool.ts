/** Indicator names and magnitudes of the kind the seed documents hold, and random series over plan years. */
import type { Direction, Figure, Series } from './model';
import type { Rng } from './prng';

interface PoolItem {
  name: string;
  unit: string;
  min: number;
  max: number;
  decimals?: number;
  direction?: Direction;
  description: string;
}

const UP: PoolItem[] = [
  { name: '産業支援センター相談件数', unit: '件', min: 500, max: 900, description: '産業支援センターを訪れて相談した事業者の件数' },
  { name: '新規就農者数', unit: '人', min: 10, max: 40, description: '新たに就農した人数' },
  { name: '観光入込客数', unit: '千人', min: 800, max: 2000, description: '主要観光地の入込客数' },
  { name: '移住相談件数', unit: '件', min: 50, max: 300, description: '移住窓口で受けた相談の件数' },
  { name: '図書館貸出冊数', unit: '冊', min: 200000, max: 400000, description: '市立図書館の年間貸出冊数' },
  { name: '子育て支援センター利用者数', unit: '人', min: 3000, max: 9000, description: '延べ利用者数' },
  { name: '特定健診受診率', unit: '％', min: 30, max: 60, decimals: 1, description: '国保加入者の受診率' },
  { name: '創業支援件数', unit: '件', min: 10, max: 40, description: '創業塾・相談による創業の件数' },
  { name: '企業誘致件数', unit: '社', min: 2, max: 6, description: '立地協定を結んだ企業の数' },
  { name: '市民活動団体登録数', unit: '団体', min: 50, max: 150, description: '市民活動センターの登録団体数' },
  { name: '空き家バンク成約件数', unit: '件', min: 5, max: 30, description: '空き家バンクを通じた売買・賃貸の成約件数' },
  { name: '公民館講座参加者数', unit: '人', min: 1000, max: 5000, description: '公民館主催講座の延べ参加者数' },
  { name: 'ふるさと納税寄附額', unit: '億円', min: 5, max: 20, decimals: 1, description: '各年4月から3月までの寄附金額' },
  { name: '認定農業者数', unit: '経営体', min: 300, max: 600, description: '認定農業者の経営体数' },
  { name: '防災訓練参加者数', unit: '人', min: 2000, max: 8000, description: '総合防災訓練の参加者数' },
  { name: '地元就職率', unit: '％', min: 40, max: 70, decimals: 1, description: '市内高校卒業者の市内就職の割合' },
  { name: '空き店舗活用件数', unit: '件', min: 3, max: 15, description: '商店街の空き店舗に出店した件数' },
  { name: '健康ポイント参加者数', unit: '人', min: 500, max: 3000, description: '健康ポイント事業の参加者数' },
  { name: '外国人宿泊者数', unit: '人泊', min: 1000, max: 9000, description: '市内宿泊施設の外国人延べ宿泊者数' },
  { name: '自主防災組織結成率', unit: '％', min: 70, max: 95, decimals: 1, description: '自主防災組織がある行政区の割合' },
  { name: '新製品開発件数', unit: '件', min: 3, max: 12, description: '補助金を活用した新製品・新技術の開発件数' },
  { name: '就職ガイダンス参加者数', unit: '人', min: 50, max: 300, description: '合同就職ガイダンスの参加者数' },
  { name: 'スポーツ施設利用者数', unit: '人', min: 50000, max: 150000, description: '市営スポーツ施設の延べ利用者数' },
  { name: '農産物直売所販売額', unit: '百万円', min: 300, max: 900, description: '市内直売所の年間販売額' },
];

const DOWN: PoolItem[] = [
  { name: '交通事故発生件数', unit: '件', min: 100, max: 400, description: '市内の人身事故の件数', direction: 'down' },
  { name: 'ごみ排出量', unit: 't', min: 30000, max: 40000, description: '家庭系・事業系ごみの年間排出量', direction: 'down' },
  { name: '待機児童数', unit: '人', min: 5, max: 40, description: '4月1日時点の待機児童数', direction: 'down' },
  { name: '空き家件数', unit: '戸', min: 500, max: 1500, description: '空き家実態調査による件数', direction: 'down' },
  { name: '転出超過数', unit: '人', min: 200, max: 800, description: '転出者数から転入者数を引いた数', direction: 'down' },
];

export interface SeriesOptions {
  count: number;
  /** Fiscal years of the plan, ascending. */
  years: number[];
  /** Index of the last year with actuals. */
  lastActual: number;
  down?: boolean;
  provisional?: boolean;
  /** At least one indicator in ％. */
  percent?: boolean;
  /** Statuses (未実施, 集計中, －) allowed in the evaluation year. */
  statuses?: boolean;
}

const round = (v: number, decimals: number) => Number(v.toFixed(decimals));

/** A target of plausible roundness within the item's range. */
function targetOf(r: Rng, item: PoolItem): number {
  const v = item.min + r.next() * (item.max - item.min);
  if (item.decimals) return round(v, item.decimals);
  const step = v >= 10000 ? 1000 : v >= 1000 ? 100 : v >= 100 ? 10 : 1;
  return Math.max(1, Math.round(v / step) * step);
}

/** Ratios that spread the grades over A–D. */
const RATIOS = [0.45, 0.62, 0.7, 0.83, 0.92, 1, 1.04, 1.18, 1.3];

function actualOf(r: Rng, target: number, item: PoolItem): number {
  const ratio = r.pick(RATIOS) + (r.next() - 0.5) * 0.04;
  const v = item.direction === 'down' ? target / ratio : target * ratio;
  return Math.max(0, round(v, item.decimals ?? 0));
}

/** `count` indicators with distinct names, targets rising (falling when down) over the years, actuals up to lastActual. */
export function makeSeries(r: Rng, opts: SeriesOptions): Series[] {
  const percent = opts.percent ? [r.pick(UP.filter((u) => u.unit === '％'))] : [];
  const up = [
    ...percent,
    ...r.sample(
      UP.filter((u) => !percent.includes(u)),
      opts.count,
    ),
  ];
  const pool = opts.down ? [...r.sample(DOWN, Math.min(2, opts.count)), ...up] : up;
  return r.shuffle(pool.slice(0, opts.count)).map((item, i) => {
    const final = targetOf(r, item);
    const dec = item.decimals ?? 0;
    const n = opts.years.length;
    const start = item.direction === 'down' ? final * 1.2 : final * 0.8;
    const targets = opts.years.map((_, k) => round(start + ((final - start) * (k + 1)) / n, dec));
    targets[n - 1] = final;
    const actuals: Figure[] = opts.years.map((_, k) => (k <= opts.lastActual ? { value: actualOf(r, targets[k], item) } : { status: 'missing' }));
    const last = actuals[opts.lastActual];
    if (opts.provisional && i % 3 === 1 && 'value' in last) actuals[opts.lastActual] = { value: last.value, note: r.pick(['見込み', '速報値', '約'] as const) };
    if (opts.statuses && i % 4 === 3) actuals[opts.lastActual] = { status: r.pick(['not-implemented', 'pending', 'none'] as const) };
    const baseline = round(item.direction === 'down' ? final * 1.3 : final * 0.7, dec);
    return {
      id: String(i + 1),
      name: item.name,
      unit: item.unit,
      direction: item.direction ?? 'up',
      decimals: dec,
      years: opts.years,
      targets,
      actuals,
      baseline,
      description: item.description,
    };
  });
}

export const yearsFrom = (first: number, count: number) => Array.from({ length: count }, (_, i) => first + i);
