/** The shapes of a parsed cell (values.ts reads them): one number, labelled numbers, numbers not told apart, or none. */
import type { Period } from './periods';
import type { Qualifier } from './qualifiers';

export type ValueStatus =
  | 'value' // one or more numbers
  | 'missing' // empty
  | 'pending' // 集計中, 調査中, …
  | 'not-applicable' // －, ―, 該当なし
  | 'not-implemented' // 未実施, 未着手
  | 'no-target' // 未設定, 目標なし
  | 'error' // #DIV/0! and the other error values
  | 'text'; // words without a number ("現況調査の実施")

export interface Quantity {
  value: number;
  unit?: string;
  /** The words before the number: "交付決定事業所数", "新規高卒者". */
  label?: string;
  /** The circled number marking the measure in its cell (「①利用者数 18,000人」 → ①). */
  mark?: string;
}

/** What every parsed cell has: its text, and the period a note beside it names. */
interface ParsedBase {
  /** The cell's text as written, on one line (for messages). */
  text: string;
  /** The words before the number(s): "交付決定事業所数". */
  label?: string;
  /** A note beside the number, such as the year it refers to: "令和2年". */
  note?: string;
  notePeriod?: Period;
  /** The cell holding that note, when it is not the figure's own (the 備考 of its line: detect/remarkYear.ts). */
  noteCell?: string;
}

/** What the cells with numbers have besides: whether the figures are final. */
interface WithNumbers extends ParsedBase {
  status: 'value';
  /** The figures are not final: 見込み / 速報値 / 暫定 (provisional), 約 / 概数 / 以上 (approximate). */
  qualifier?: Qualifier;
}

/** Exactly one number ("1,050件", 0.85 in a % cell). */
export interface OneNumber extends WithNumbers {
  value: number;
  unit?: string;
  measures?: undefined;
  ambiguous?: undefined;
}

/** Several labelled numbers ("新規高卒者:52人 若者等:19人"). */
export interface LabelledNumbers extends WithNumbers {
  measures: Quantity[];
  value?: undefined;
  unit?: undefined;
  ambiguous?: undefined;
}

/** Several numbers that could not be told apart ("36人 25人"). */
export interface AmbiguousNumbers extends WithNumbers {
  ambiguous: true;
  measures: Quantity[];
  value?: undefined;
  unit?: undefined;
}

/** No number: empty, a typed non-value (集計中, －, 未実施, 未設定), an error value, or words. */
export interface NoNumber extends ParsedBase {
  status: Exclude<ValueStatus, 'value'>;
  value?: undefined;
  unit?: undefined;
  measures?: undefined;
  ambiguous?: undefined;
  qualifier?: undefined;
}

/** A parsed cell, by what it holds: one number, labelled numbers, numbers not told apart, or none. */
export type ParsedValue = OneNumber | LabelledNumbers | AmbiguousNumbers | NoNumber;
