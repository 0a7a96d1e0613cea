/**
 * Names the review groups by: 基本方針 / 施策 written with different numbering and spacing
 * (「1 安全で…」「1.安全で…」「１．安全で…」「(1)安全で…」「第1　安全で…」 are one), departments, and
 * what is never a department (a period, a period-named folder).
 */
import { findPeriod } from '../values/periods';
import { compact, memo } from '../values/text';

/**
 * A leading number as the sheets write it: 1 / 1. / 1、/ 1) / (1) / 第1 / 1-1 / ①, followed by an
 * optional separator. Applied to the compacted text (full-width folded, white space removed).
 */
const NUMBERING = /^(?:第(\d+(?:-\d+)*)|[([【〔<]\s*(\d+(?:[-.]\d+)*)\s*[)\]】〕>]|(\d+(?:[-.]\d+)*))[.、,:・)\]]?/;

/** The key a 基本方針 / 施策 name is grouped by: its number (if any) and its text, without spacing or punctuation of the numbering. */
export function groupKey(name: string): string {
  const t = compact(name);
  const m = NUMBERING.exec(t);
  if (!m || m[0].length === t.length) return t;
  const number = (m[1] ?? m[2] ?? m[3]).replace(/\./g, '-');
  return `${number}|${t.slice(m[0].length)}`;
}

/** The key a department is grouped by: full-width folded, without white space. */
export function departmentKey(name: string): string {
  return compact(name);
}

const DEPARTMENT_END = /(部|課|局|室|係|所|館|センター|委員会|本部|署|園|校|会|庁|班|担当)$/;

/**
 * True when a text cannot be a department: a period (「令和5年度」「R5」「2023年度提出」), a period
 * label (「評価対象期間」), a bare number.
 */
export function notADepartment(text: string | null | undefined): boolean {
  return !text || notADepartmentMemo(text);
}

// Asked for every indicator of every file, of a few distinct texts.
const notADepartmentMemo = memo((text: string): boolean => {
  const t = compact(text);
  if (!t || /^[\d.,\-/]+$/.test(t)) return true;
  if (/(対象|評価)(期間|年度)|^(期間|年度)$/.test(t)) return true;
  return !!findPeriod(t) && !DEPARTMENT_END.test(t);
});

/** The department a file's folders name: the nearest folder that is not a period (「令和5年度/商工部/…」 → 商工部). */
export function departmentFromPath(file: string): string | null {
  const folders = file.split(/[\\/]/).slice(0, -1);
  for (let i = folders.length - 1; i >= 0; i--) if (!notADepartment(folders[i])) return folders[i];
  return null;
}

/**
 * Names counted by key, each shown in one form: the one written most often (by weight), the first
 * seen on a tie. Holds one entry per distinct spelling, not per use.
 */
export class NameForms {
  private readonly forms = new Map<string, Map<string, number>>();
  /** The key of each spelling seen (a name is added once per indicator). */
  private readonly keys = new Map<string, string>();
  private shown: Map<string, string> | null = null;

  constructor(private readonly keyOf: (name: string) => string) {}

  /** Counts a spelling; returns its key. */
  add(name: string, weight = 1): string {
    let key = this.keys.get(name);
    if (key === undefined) this.keys.set(name, (key = this.keyOf(name)));
    let f = this.forms.get(key);
    if (!f) this.forms.set(key, (f = new Map()));
    f.set(name, (f.get(name) ?? 0) + weight);
    this.shown = null;
    return key;
  }

  /** The form shown for a name: that of its key, the name itself when it was never counted. */
  display(name: string): string {
    return this.shownForms().get(this.keyOf(name)) ?? name;
  }

  /** The form shown for a key that add() returned. */
  label(key: string): string {
    return this.shownForms().get(key) ?? key;
  }

  private shownForms(): Map<string, string> {
    if (!this.shown) {
      this.shown = new Map();
      for (const [key, f] of this.forms) {
        let best = '';
        let n = -1;
        // Map order is first seen: a later form wins only with more uses.
        for (const [form, count] of f) if (count > n) [best, n] = [form, count];
        this.shown.set(key, best);
      }
    }
    return this.shown;
  }
}
