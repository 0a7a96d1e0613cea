/** The site: every workbook's pages numbered and grouped by 基本方針, the counts, the headings, what had to be decided. */
import type { GradeCount, PageDraft, PolicySection, PublishedIndicator, Site, SiteHeadings, SitePage, UnreadableWorkbook, WorkbookPublication } from './model';

type Scale = Site['scale'];

/** The 基本方針 as a key: 「1.安全で安心」 and 「1 安全で安心」 are one. */
export function policyKey(policy: string): string {
  return policy
    .normalize('NFKC')
    .replace(/[\s.．。、,・:：]/g, '')
    .toLowerCase();
}

/** Counts per grade of the scale (grades not on it after, in the order met), and how many have none. */
export function countGrades(grades: (string | null)[], scale: Scale): { counts: GradeCount[]; ungraded: number } {
  const counts: GradeCount[] = scale.map((b) => ({ grade: b.grade, label: b.label, count: 0 }));
  let ungraded = 0;
  for (const g of grades) {
    if (g === null) ungraded++;
    else {
      let c = counts.find((x) => x.grade === g);
      if (!c) counts.push((c = { grade: g, label: null, count: 0 }));
      c.count++;
    }
  }
  return { counts, ungraded };
}

const gradesOf = (indicators: PublishedIndicator[]) => indicators.map((i) => i.grade?.grade ?? null);

/** The headings: the command's first, then the first workbook stating each; a workbook stating another than that one is a note. */
function chooseHeadings(workbooks: WorkbookPublication[], given: Partial<SiteHeadings>, notes: string[]): SiteHeadings {
  const names: Record<keyof SiteHeadings, string> = { city: '自治体名', plan: '計画名', year: '公表年度' };
  const out: SiteHeadings = { city: null, plan: null, year: null };
  for (const key of Object.keys(names) as (keyof SiteHeadings)[]) {
    const stated = workbooks.filter((w) => w.headings[key]);
    out[key] = given[key] ?? stated[0]?.headings[key] ?? null;
    // A heading given is the user's choice over every workbook's; workbooks stating different ones are a note.
    const others = given[key] ? [] : stated.filter((w) => w.headings[key] !== out[key]);
    if (others.length)
      notes.push(
        `${names[key]}が「${out[key]}」と異なるブックがあります（${others.map((w) => `${w.file}：「${w.headings[key]}」`).join('、')}）。見出しには「${out[key]}」を使いました。`,
      );
  }
  if (!out.year) {
    // One label per fiscal year (令和5年度 and R5年度 are one period).
    const years = new Map<number, string>();
    for (const w of workbooks) if (w.period && w.fiscalYear !== null && !years.has(w.fiscalYear)) years.set(w.fiscalYear, w.period);
    const periods = [...years.values()];
    out.year = periods[0] ?? null;
    if (periods.length > 1) notes.push(`評価対象期間の異なるブックがあります（${periods.join('、')}）。見出しには「${periods[0]}」を使いました。`);
  }
  return out;
}

/** The scale of the first workbook; a workbook with another scale is a note (its grades keep their own labels). */
function chooseScale(workbooks: WorkbookPublication[], notes: string[]): Scale {
  const scale = workbooks[0]?.scale ?? [];
  const same = (s: Scale) => s.length === scale.length && s.every((b, i) => b.grade === scale[i].grade && b.label === scale[i].label);
  const others = workbooks.filter((w) => !same(w.scale));
  if (others.length)
    notes.push(`評価の段階が他と異なるブックがあります（${others.map((w) => w.file).join('、')}）。各ページの評価はそのブックの段階で表示しています。`);
  return scale;
}

/** Titles met more than once, made unique by the department, then the file, then the sheet. */
function uniqueTitles(drafts: PageDraft[]): string[] {
  const ways: ((d: PageDraft) => string)[] = [
    (d) => d.title,
    (d) => `${d.title}（${d.department ?? d.file}）`,
    (d) => `${d.title}（${d.file}）`,
    (d) => `${d.title}（${d.file}・${d.sheet}）`,
  ];
  const titles = drafts.map((d) => d.title);
  for (const way of ways.slice(1)) {
    const seen = new Map<string, number>();
    for (const t of titles) seen.set(t, (seen.get(t) ?? 0) + 1);
    if ([...seen.values()].every((n) => n === 1)) break;
    drafts.forEach((d, i) => {
      if ((seen.get(titles[i]) ?? 0) > 1) titles[i] = way(d);
    });
  }
  return titles;
}

/** Each page with its file name and counts. */
function numberPages(drafts: PageDraft[], scale: Scale): SitePage[] {
  const titles = uniqueTitles(drafts);
  return drafts.map((d, i) => ({ ...d, title: titles[i], href: `s${String(i + 1).padStart(3, '0')}.html`, ...countGrades(gradesOf(d.indicators), scale) }));
}

/** The index's sections: one per 基本方針 in the order first met, the pages stating none last. */
function sectionsOf(pages: SitePage[], scale: Scale): PolicySection[] {
  const byKey = new Map<string, SitePage[]>();
  const named = new Map<string, string>();
  for (const p of pages) {
    const key = p.policy ? policyKey(p.policy) : '';
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key)!.push(p);
    if (p.policy && !named.has(key)) named.set(key, p.policy);
  }
  const keys = [...byKey.keys()].sort((a, b) => Number(a === '') - Number(b === ''));
  return keys.map((key) => {
    const list = byKey.get(key)!;
    return { policy: named.get(key) ?? null, pages: list, ...countGrades(gradesOf(list.flatMap((p) => p.indicators)), scale) };
  });
}

export function siteTitle(h: SiteHeadings): string {
  return [h.city, h.plan, h.year, '施策評価の結果'].filter(Boolean).join(' ');
}

/** The site of the workbooks read, listing those that could not be. `given`: headings from the command line. */
export function buildSite(workbooks: WorkbookPublication[], unreadable: UnreadableWorkbook[], given: Partial<SiteHeadings> = {}): Site {
  const notes: string[] = [];
  const headings = chooseHeadings(workbooks, given, notes);
  const scale = chooseScale(workbooks, notes);
  const pages = numberPages(
    workbooks.flatMap((w) => w.pages),
    scale,
  );
  for (const w of workbooks) if (!w.pages.length) notes.push(`${w.file}：指標が見つからなかったため、このブックのページはありません。`);
  const all = countGrades(gradesOf(pages.flatMap((p) => p.indicators)), scale);
  const measures = countGrades(
    pages.filter((p) => p.kind === 'measure').map((p) => p.grade?.grade ?? null),
    scale,
  );
  return {
    headings,
    title: siteTitle(headings),
    scale,
    sections: sectionsOf(pages, scale),
    pages,
    counts: all.counts,
    ungraded: all.ungraded,
    measureCounts: measures.counts,
    measureUngraded: measures.ungraded,
    unreadable,
    notes,
  };
}
