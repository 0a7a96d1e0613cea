/**
 * An indicator's chart as inline SVG: each year's target as a bar, the actuals as a line with points.
 * The SVG is an image with a title and a description (role="img", aria-labelledby); its figures are
 * also given as a table beside it (./indicatorSection.ts), the text alternative.
 */
import type { PublishedIndicator, SeriesPoint } from '../model';
import { html, raw, type Html } from './escape';
import { num, withUnit } from './figures';

const W = 640;
const H = 260;
const PAD = { left: 72, right: 16, top: 36, bottom: 40 };

/** A round upper bound for the axis (1, 2, 2.5 or 5 times a power of ten) at or over `v`. */
export function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((m) => m >= v)!;
}

const f = (n: number) => Number(n.toFixed(1));

/** The chart's description: what it draws, year by year, in words. */
export function chartDescription(i: PublishedIndicator): string {
  const years = i.series.map((s) => `${s.label}：目標値 ${withUnit(s.target, i.unit)}、実績値 ${withUnit(s.actual, i.unit)}`);
  return `棒が各年度の目標値、折れ線が実績値です。${years.join('。')}。`;
}

function axis(max: number, min: number, y: (v: number) => number): Html[] {
  const ticks = [min, min + (max - min) / 2, max];
  return ticks.map(
    (t) =>
      html`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${f(y(t))}" y2="${f(y(t))}" class="grid" /><text
          x="${PAD.left - 6}"
          y="${f(y(t) + 4)}"
          text-anchor="end"
          >${num(t)}</text
        >`,
  );
}

function bars(series: SeriesPoint[], x: (k: number) => number, band: number, y: (v: number) => number, zero: number): Html[] {
  return series
    .map((s, k) => ({ s, k }))
    .filter(({ s }) => s.target !== null)
    .map(({ s, k }) => {
      const top = Math.min(y(s.target!), zero);
      return html`<rect class="target" x="${f(x(k) - band * 0.25)}" y="${f(top)}" width="${f(band * 0.5)}" height="${f(Math.abs(zero - y(s.target!)))}" />`;
    });
}

function line(series: SeriesPoint[], x: (k: number) => number, y: (v: number) => number): Html {
  const pts = series.map((s, k) => ({ s, k })).filter(({ s }) => s.actual !== null);
  if (!pts.length) return raw('');
  const d = pts.map(({ s, k }, n) => `${n ? 'L' : 'M'}${f(x(k))} ${f(y(s.actual!))}`).join(' ');
  const dots = pts.map(({ s, k }) => html`<circle class="actual" cx="${f(x(k))}" cy="${f(y(s.actual!))}" r="4" />`);
  return html`<path class="actual" d="${d}" />${dots}`;
}

/** The chart, or null when the indicator has no figure for any year. `id`: unique on the page. */
export function chartSvg(i: PublishedIndicator, id: string): Html | null {
  const values = i.series.flatMap((s) => [s.target, s.actual]).filter((v): v is number => v !== null);
  if (!values.length) return null;
  const max = niceMax(Math.max(...values, 0));
  const min = Math.min(...values) < 0 ? -niceMax(-Math.min(...values)) : 0;
  const band = (W - PAD.left - PAD.right) / i.series.length;
  const x = (k: number) => PAD.left + band * (k + 0.5);
  const y = (v: number) => PAD.top + ((max - v) / (max - min)) * (H - PAD.top - PAD.bottom);
  const labels = i.series.map((s, k) => html`<text x="${f(x(k))}" y="${H - PAD.bottom + 20}" text-anchor="middle">${s.label}</text>`);
  const legend = html`<rect class="target" x="${PAD.left}" y="8" width="14" height="14" /><text x="${PAD.left + 20}" y="20">目標値</text
    ><line class="actual" x1="${PAD.left + 90}" x2="${PAD.left + 114}" y1="15" y2="15" /><circle class="actual" cx="${PAD.left + 102}" cy="15" r="4" /><text
      x="${PAD.left + 120}"
      y="20"
      >実績値${i.unit ? `（${i.unit}）` : ''}</text
    >`;
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t ${id}-d" focusable="false">
    <title id="${id}-t">${i.name}の推移（グラフ）</title>
    <desc id="${id}-d">${chartDescription(i)}</desc>
    ${axis(max, min, y)}${bars(i.series, x, band, y, y(0))}${line(i.series, x, y)}${labels}${legend}
  </svg>`;
}
