/** Numbers as a message shows them, in the message's language. */
export type Lang = 'ja' | 'en';

const NUMBER: Record<Lang, Intl.NumberFormat> = {
  ja: new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }),
};

/** 0.934 → "93.4%". */
export function pct(x: number): string {
  return `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
}

/** A number as a clerk writes it: 1,313 / 13.6. */
export function num(x: number, lang: Lang = 'ja'): string {
  return NUMBER[lang].format(x);
}
