/**
 * The site for residents (`evalsheet publish`, the pane's 公開用ページを作成): what each page shows, as plain
 * data built from the check report of each workbook (./workbook.ts, ./site.ts) and rendered to HTML strings
 * (./render.ts). Pure: nothing here reads or writes a file.
 */
import type { Trend } from '../model/report';

/** One year of an indicator's series over the plan years (a figure the sheet has for that year, or null). */
export interface SeriesPoint {
  /** As written on the sheet's heading ("R5", "令和5年度"). */
  label: string;
  fiscalYear: number;
  target: number | null;
  actual: number | null;
}

/** A grade with the words of the workbook's scale (「A 順調」), and where it comes from. */
export interface PublishedGrade {
  grade: string;
  /** The scale's label ("順調"); null when the workbook's scale has no such grade. */
  label: string | null;
  /** `written`: the grade the workbook states; `computed`: none is written, this one is computed from the figures. */
  source: 'written' | 'computed';
}

export interface PublishedIndicator {
  id: string | null;
  name: string;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  actual: number | null;
  /** The period the actual belongs to, as written. */
  actualPeriod: string | null;
  /** Fraction: 0.93 = 93 %. */
  attainment: number | null;
  grade: PublishedGrade | null;
  /** Why the indicator has no grade, in Japanese, when it has none. */
  ungradedReason: string | null;
  previousActual: number | null;
  trend: Trend | null;
  /** Whether a larger figure is better (`up`), a smaller one (`down`), or the target is to be kept (`keep`). */
  direction: 'up' | 'down' | 'keep';
  futureDirection: string | null;
  series: SeriesPoint[];
}

/** A text found on the sheet under a heading such as 評価の理由, 成果・効果, 課題, 今後の方向性. */
export interface Narrative {
  heading: string;
  text: string;
  /** The indicator (or 事業) on the text's row, when the text is one row of a table. */
  indicator: string | null;
}

/** One page of the site: a 施策 (policy group) of a sheet, or a whole sheet when it states none. */
export interface PageDraft {
  /** The 施策's name, or the sheet's title or name. */
  title: string;
  kind: 'measure' | 'sheet';
  /** The 基本方針 the sheet states; null when it states none. */
  policy: string | null;
  department: string | null;
  /** The evaluation period of the page's workbook ("令和5年度"), or null. */
  period: string | null;
  /** The 施策's own grade (written or rolled up from its indicators); null for a sheet page or when none. */
  grade: PublishedGrade | null;
  indicators: PublishedIndicator[];
  narratives: Narrative[];
  /** Where the page comes from: the workbook's file name and the sheet. */
  file: string;
  sheet: string;
}

/** Headings of the site, from 評価設定 (公表用の行) or the command line. */
export interface SiteHeadings {
  city: string | null;
  plan: string | null;
  /** The year the site reports on ("令和5年度"). */
  year: string | null;
}

/** What one workbook gives the site. */
export interface WorkbookPublication {
  file: string;
  /** The evaluation period as the check chose it ("令和5年度"), or null. */
  period: string | null;
  /** The fiscal year of that period (令和5年度 and R5年度 are one). */
  fiscalYear: number | null;
  /** The workbook's scale, best first: grade and its label. */
  scale: { grade: string; label: string }[];
  headings: SiteHeadings;
  /** Where each heading was read (the 評価設定 cell), for the command's output. */
  headingCells: Partial<Record<keyof SiteHeadings, string>>;
  pages: PageDraft[];
  /** Error-severity findings of the check (figures the site shows may be wrong): the command names the workbook. */
  errors: number;
}

/** A workbook that could not be read: its name and why, in Japanese. */
export interface UnreadableWorkbook {
  file: string;
  reason: string;
}

export interface GradeCount {
  grade: string;
  label: string | null;
  count: number;
}

/** A page of the site with its file name and counts. */
export interface SitePage extends PageDraft {
  /** File name inside the site ("s001.html"). */
  href: string;
  counts: GradeCount[];
  /** Indicators without a grade. */
  ungraded: number;
}

/** One 基本方針 of the index and its pages (policy null: the pages whose sheet states none). */
export interface PolicySection {
  policy: string | null;
  pages: SitePage[];
  counts: GradeCount[];
  ungraded: number;
}

export interface Site {
  headings: SiteHeadings;
  /** The site's title: 「〇〇市 第6次総合計画 令和5年度 施策評価の結果」. */
  title: string;
  scale: { grade: string; label: string }[];
  sections: PolicySection[];
  pages: SitePage[];
  /** Indicators per grade, city-wide. */
  counts: GradeCount[];
  ungraded: number;
  /** 施策 (measure pages) per grade. */
  measureCounts: GradeCount[];
  measureUngraded: number;
  unreadable: UnreadableWorkbook[];
  /** Things the site had to decide, said on the index and by the command (headings that differ between workbooks …). */
  notes: string[];
}

/** A file of the rendered site: its path inside SITE/ and its text, whole or in parts (print.html, rendered as it is written). */
export interface SiteFile {
  path: string;
  content: string | Iterable<string>;
}
