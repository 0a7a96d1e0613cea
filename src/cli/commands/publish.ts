/** `evalsheet publish`: the site for residents from rated workbooks, written into a folder (./publishSite.ts). */
import { UsageError } from '../../engine';
import { renderReadProblem } from '../../engine/model/readProblem';
import { JA_CLI } from '../../engine/model/renderOptions';
import type { Site, SiteHeadings, UnreadableWorkbook, WorkbookPublication } from '../../engine/publish';
import { InputError } from '../../adapters/xlsx';
import { readForSite, siteFiles } from '../../app/publish';
import { usageText } from '../format';
import { readLayoutFile } from '../layoutFile';
import { listSubmissions } from '../review';
import { type Io, ExitError, readRules, openFile } from '../shared';
import { siteFolder, writeSite } from '../publishSite';

export interface PublishFlags {
  output?: string;
  force?: boolean;
  period?: string;
  rules?: string;
  layout?: string;
  city?: string;
  plan?: string;
  year?: string;
  json?: boolean;
}

const HEADING_NAMES: Record<keyof SiteHeadings, string> = { city: '自治体名', plan: '計画名', year: '公表年度' };

/** Where each heading of the site came from, for the output. */
function headingLines(site: Site, given: Partial<SiteHeadings>, workbooks: WorkbookPublication[]): string[] {
  return (Object.keys(HEADING_NAMES) as (keyof SiteHeadings)[]).map((key) => {
    const value = site.headings[key];
    if (!value) return `  ${HEADING_NAMES[key]}：なし（評価設定に「${HEADING_NAMES[key]}」の行がなく、--${key} もありません。見出しに入れていません）`;
    if (given[key]) return `  ${HEADING_NAMES[key]}：${value}（--${key}）`;
    const from = workbooks.find((w) => w.headings[key] === value);
    if (from) return `  ${HEADING_NAMES[key]}：${value}（${from.file} の評価設定 ${from.headingCells[key]}）`;
    return `  ${HEADING_NAMES[key]}：${value}（ブックの評価対象期間）`;
  });
}

function summary(site: Site, out: string, removed: string[], foreign: number): string {
  const counts = site.counts.map((c) => `${c.grade} ${c.count}件`).join('、');
  const lines = [
    `公開用のサイトを ${out} に書き出しました：トップページ（index.html）、施策・シートのページ ${site.pages.length}件、印刷用ページ（print.html）、style.css。`,
    `  指標 ${site.pages.reduce((n, p) => n + p.indicators.length, 0)}件の評価：${counts}${site.ungraded ? `、評価なし ${site.ungraded}件` : ''}`,
  ];
  if (removed.length) lines.push(`  前回のサイトにあって今回はないページ ${removed.length}件を削除しました（${removed.join('、')}）。`);
  if (foreign) lines.push(`  フォルダーにあったほかのファイル ${foreign}件はそのまま残しています（--force）。`);
  return lines.join('\n');
}

/** Each workbook read for the site, or listed as unreadable with its reason. */
async function readAll(
  files: { path: string; display: string }[],
  opts: PublishFlags,
  io: Io,
): Promise<{ read: WorkbookPublication[]; unreadable: UnreadableWorkbook[] }> {
  const rules = await readRules(opts.rules);
  const layout = await readLayoutFile(opts.layout);
  const read: WorkbookPublication[] = [];
  const unreadable: UnreadableWorkbook[] = [];
  for (const [i, f] of files.entries()) {
    try {
      const w = await readForSite(await openFile(f.path), { file: f.display, period: opts.period, rules, layout });
      read.push(w);
      io.err(`[${i + 1}/${files.length}] ${f.display} … ページ ${w.pages.length}件`);
    } catch (e) {
      if (e instanceof UsageError) throw new ExitError(2, usageText(e));
      if (!(e instanceof InputError)) throw e;
      const reason = e.problem ? renderReadProblem(e.problem, JA_CLI) : e.message;
      unreadable.push({ file: f.display, reason });
      io.err(`[${i + 1}/${files.length}] ${f.display} … 読み取れません：${reason}`);
    }
  }
  return { read, unreadable };
}

/** What --json prints: the site's pages and counts, the workbooks with errors or unreadable, what was removed. */
function jsonResult(site: Site, output: string, read: WorkbookPublication[], unreadable: UnreadableWorkbook[], removed: string[]) {
  return {
    output,
    title: site.title,
    headings: site.headings,
    pages: site.pages.map((p) => ({ href: p.href, title: p.title, file: p.file, sheet: p.sheet, indicators: p.indicators.length })),
    counts: site.counts,
    ungraded: site.ungraded,
    errors: read.filter((w) => w.errors).map((w) => ({ file: w.file, errors: w.errors })),
    unreadable,
    notes: site.notes,
    removed,
  };
}

export async function publish(inputs: string[], opts: PublishFlags, io: Io): Promise<number> {
  if (!opts.output) throw new ExitError(2, 'サイトを書き出すフォルダーを -o で指定してください（例：evalsheet publish 評価済/ -o 公開サイト）。');
  const folder = await siteFolder(opts.output, !!opts.force);
  const files = await listSubmissions(inputs, null);
  if (!files.length) throw new ExitError(2, `${inputs.join('、')}: 評価ブック（.xlsx）が見つかりません。サイトは作っていません。`);
  const { read, unreadable } = await readAll(files, opts, io);
  if (!read.length) throw new ExitError(2, `読み取れたブックがないため、サイトは作っていません（${unreadable.map((u) => u.file).join('、')}）。`);
  const given: Partial<SiteHeadings> = { city: opts.city, plan: opts.plan, year: opts.year };
  for (const k of Object.keys(given) as (keyof SiteHeadings)[]) if (!given[k]?.trim()) delete given[k];
  const { site, files: siteContent } = siteFiles(read, unreadable, given);
  const { removed } = await writeSite(folder, siteContent);
  if (opts.json) io.out(JSON.stringify(jsonResult(site, opts.output, read, unreadable, removed), null, 2));
  else {
    io.out(summary(site, opts.output, removed, folder.foreign));
    io.out(['見出し：', ...headingLines(site, given, read)].join('\n'));
    for (const n of site.notes) io.out(`注意：${n}`);
    const withErrors = read.filter((w) => w.errors);
    if (withErrors.length)
      io.out(
        `エラーの指摘のあるブック ${withErrors.length}件（掲載した数値や評価に誤りがあるかもしれません。evalsheet check で確認してください）：\n${withErrors.map((w) => `  ${w.file}：エラー ${w.errors}件`).join('\n')}`,
      );
    if (unreadable.length)
      io.out(
        `読み取れなかったファイル ${unreadable.length}件（サイトのトップページにも載せています）：\n${unreadable.map((u) => `  ${u.file}：${u.reason}`).join('\n')}`,
      );
  }
  return unreadable.length || read.some((w) => w.errors) ? 1 : 0;
}
