/**
 * The site's one style sheet (style.css): readable from 320 px wide up (no sideways scroll of the page; a
 * wide table scrolls inside its own box), system fonts only, and print rules for clean A4 pages (each
 * 施策 on new pages, no table row or chart split across pages, no navigation printed).
 */
export const SITE_CSS = `:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --line: #b5b5b5; --accent: #0b4f8a; --bg-soft: #f2f5f8; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", Meiryo, sans-serif; color: var(--ink); background: #fff; line-height: 1.7; font-size: 1rem; overflow-wrap: anywhere; }
a { color: var(--accent); }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #d35400; outline-offset: 2px; }
.skip { position: absolute; left: 0.5rem; top: -4rem; background: #fff; padding: 0.5rem 1rem; border: 2px solid var(--accent); z-index: 10; }
.skip:focus { top: 0.5rem; }
header.site { background: var(--accent); color: #fff; padding: 0.75rem 1rem; }
header.site a { color: #fff; }
header.site p { margin: 0; font-weight: bold; }
nav.crumbs { padding: 0.5rem 1rem; font-size: 0.95rem; border-bottom: 1px solid var(--line); }
nav.crumbs ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; }
nav.crumbs li + li::before { content: "›"; margin-right: 0.5rem; color: var(--muted); }
main { display: block; max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.4; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.3rem; border-left: 6px solid var(--accent); padding-left: 0.5rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
p.lead, p.note { color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 1rem; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
.table-wrap { overflow-x: auto; max-width: 100%; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; overflow-wrap: normal; word-break: normal; }
table.wide { min-width: 40rem; }
table.wide th[scope="row"] { min-width: 9rem; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; caption-side: top; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; vertical-align: top; }
thead th { background: var(--bg-soft); }
th[scope="row"] { text-align: left; font-weight: normal; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.grade { font-weight: bold; white-space: nowrap; }
.summary-counts { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; margin: 0 0 1rem; }
.summary-counts li { border: 1px solid var(--line); border-radius: 4px; padding: 0.4rem 0.8rem; background: var(--bg-soft); }
section.indicator { border-top: 1px solid var(--line); padding-top: 0.5rem; }
figure { margin: 0 0 1rem; }
figcaption { color: var(--muted); font-size: 0.9rem; }
svg.chart { display: block; width: 100%; max-width: 40rem; height: auto; font-size: 13px; font-family: inherit; }
svg.chart text { fill: #1a1a1a; }
svg.chart .grid { stroke: #d0d0d0; stroke-width: 1; }
svg.chart rect.target { fill: #9cc3e6; stroke: #1f5f99; stroke-width: 1; }
svg.chart path.actual, svg.chart line.actual { fill: none; stroke: #b03a00; stroke-width: 3; }
svg.chart circle.actual { fill: #b03a00; }
.narrative { white-space: normal; margin: 0 0 1rem; }
.narrative h3 { margin-bottom: 0.25rem; }
.unreadable { border: 2px solid #a00; padding: 0.5rem 1rem; }
footer.site { max-width: 60rem; margin: 2rem auto 0; padding: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
@media (max-width: 30rem) {
  main { padding: 0.75rem; }
  h1 { font-size: 1.35rem; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: 0.25rem; }
}
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { font-size: 10.5pt; line-height: 1.5; }
  .skip, nav.crumbs, .no-print { display: none; }
  header.site { background: none; color: #000; border-bottom: 2px solid #000; padding: 0 0 0.25rem; }
  header.site a { color: #000; text-decoration: none; }
  main { max-width: none; padding: 0; }
  a { color: #000; text-decoration: none; }
  .table-wrap { overflow: visible; }
  table { page-break-inside: auto; }
  tr, figure, svg.chart, .narrative, dl.facts { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  article.measure + article.measure, .page-break { break-before: page; page-break-before: always; }
  svg.chart { max-width: 16cm; }
}
`;
