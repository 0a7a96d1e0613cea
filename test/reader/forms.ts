/** How periods and numbers are written in the cells: era forms, full-width digits, units in the text. */
import type { Figure, PeriodStyle, ValueStyle } from './model';
import type { Put } from './grid';

const FW = '０１２３４５６７８９';

export function fullWidth(text: string): string {
  return text
    .replace(/[0-9]/g, (d) => FW[Number(d)])
    .replace(/,/g, '，')
    .replace(/\./g, '．');
}

const reiwa = (fy: number) => (fy - 2018 === 1 ? '元' : String(fy - 2018));

/** The heading of fiscal year `fy` in the given style; month-end forms name the March that closes it. */
export function periodLabel(fy: number, style: PeriodStyle): string {
  switch (style) {
    case 'R':
      return `R${fy - 2018}`;
    case 'R0':
      return `R${String(fy - 2018).padStart(2, '0')}`;
    case 'Rfw':
      return fullWidth(`Ｒ${fy - 2018}`);
    case 'reiwa':
      return `令和${reiwa(fy)}年度`;
    case 'reiwaFw':
      return fullWidth(`令和${reiwa(fy)}年度`);
    case 'ad':
      return `${fy}年度`;
    case 'fy':
      return `FY${fy}`;
    case 'endH':
      return fy + 1 <= 2019 ? `H${fy + 1 - 1988}.3末` : `R${fy + 1 - 2018}.3末`;
    case 'endAd':
      return `${fy + 1}年3月末`;
    case 'endHeisei':
      return fy + 1 <= 2019 ? `平成${fy + 1 - 1988}年3月末` : `令和${reiwa(fy + 1)}年3月末`;
    case 'date':
      return `${fy + 1}/3/31`;
  }
}

/** A period heading cell: text, or for 'date' the closing 31 March as a date shown as 2024/3/31. */
export function periodCell(fy: number, style: PeriodStyle): Put {
  return style === 'date' ? { value: new Date(Date.UTC(fy + 1, 2, 31)), numFmt: 'yyyy/m/d' } : periodLabel(fy, style);
}

/** The evaluation period as a title states it. */
export function statedPeriod(fy: number): string {
  return `令和${fullWidth(reiwa(fy))}年度`;
}

export function formatNumber(v: number, decimals: number): string {
  return v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A number as the cell holds it. */
export function valueCell(v: number, decimals: number, unit: string, style: ValueStyle): Put {
  switch (style) {
    case 'number':
      return v;
    case 'fraction':
      return unit === '％' ? { value: Number((v / 100).toFixed(decimals + 2)), numFmt: `0.${'0'.repeat(Math.max(1, decimals))}%` } : v;
    case 'unitText':
      return `${formatNumber(v, decimals)} ${unit}`;
    case 'fullwidth':
      return fullWidth(formatNumber(v, decimals));
    case 'comma':
      return v >= 1000 ? formatNumber(v, decimals) : v;
  }
}

/** A figure as the cell holds it (null = left blank). */
export function figureCell(f: Figure, decimals: number, unit: string, style: ValueStyle): Put {
  if ('value' in f) {
    if (!f.note) return valueCell(f.value, decimals, unit, style);
    const n = formatNumber(f.value, decimals);
    if (f.note === '約') return `約${n}`;
    return f.note === '速報値' ? `${n}（速報値）` : `${n}（${f.note}）`;
  }
  return { 'not-implemented': '未実施', pending: '集計中', missing: null, none: '－' }[f.status];
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫';
export const circled = (i: number) => CIRCLED[i];
