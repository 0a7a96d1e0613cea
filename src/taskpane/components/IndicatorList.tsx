/**
 * The Check view's list of what was read: every indicator grouped by sheet, with its target,
 * actual, period, attainment and grade, and a mark when the reading rests on a guess. Selecting
 * one selects the cells it was read from in Excel (through the host: the pane never calls
 * Office.js); a fact read on another sheet (actuals joined from a 実績値 sheet) is a second link.
 */
import { Badge, Field, Link, Select, Text } from '@fluentui/react-components';
import type { WorkbookHost } from '../../adapters/officejs/host';
import { cellsBySheet } from '../../engine/model/cellRef';
import { num, pct } from '../../engine/model/figures';
import type { Finding, IndicatorReport, Report } from '../../engine/model/report';
import { SeverityIcon } from './FindingList';
import type { Messages } from '../i18n';

/** The cells of every fact of the indicator, per sheet, its own sheet first. */
export function indicatorCells(i: IndicatorReport): { sheet: string; cells: string[] }[] {
  const c = i.cells;
  return cellsBySheet([c.name, c.unit, c.baseline, c.target, c.actual, c.period, c.grade], i.sheet);
}

function figure(x: number | null, unit: string | null): string {
  return x === null ? '―' : `${num(x)}${unit ?? ''}`;
}

function gradeColor(grade: string | null): 'success' | 'brand' | 'warning' | 'danger' | 'informative' {
  if (grade === null) return 'informative';
  return grade === 'A' || grade === 'S' ? 'success' : grade === 'B' ? 'brand' : grade === 'C' ? 'warning' : 'danger';
}

/** The findings about an indicator: its worst severity's icon and how many (the list below says what they are). */
function FindingMark({ findings, t }: { findings: Finding[]; t: Messages }) {
  if (!findings.length) return null;
  const worst = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'info';
  return (
    <span
      title={t.clerk.findingsOf(findings.length)}
      data-testid="indicator-findings"
      style={{ display: 'inline-flex', gap: 2, alignItems: 'center', alignSelf: 'center' }}
    >
      <SeverityIcon severity={worst} t={t} />
      <Text size={200}>{findings.length}</Text>
    </span>
  );
}

function IndicatorRow({ i, findings, t, select }: { i: IndicatorReport; findings: Finding[]; t: Messages; select: (sheet: string, cells: string[]) => void }) {
  const [own, ...others] = indicatorCells(i);
  // A figure that is not final says so (暫定値, 概数); no figure says why (未入力, 未実施 …).
  const status = t.readStatus[i.actualStatus];
  const single = i.actual !== null ? `${figure(i.actual, i.unit)}${status ? t.clerk.aside(status) : ''}` : status || '―';
  const actual = i.measures ? i.measures.map((m) => `${m.label} ${figure(m.actual, m.unit)}`).join(' ') : single;
  const target = i.measures ? i.measures.map((m) => `${m.label} ${figure(m.target, m.unit)}`).join(' ') : figure(i.target, i.unit);
  return (
    <li data-testid="indicator" data-grade={i.grade ?? ''} data-guessed={i.guesses.length > 0} style={{ marginBottom: 4 }}>
      <div style={{ display: 'flex', gap: 6, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Link as="button" onClick={() => select(own.sheet, own.cells)} aria-label={t.readSelect(i.name)} title={t.readSelect(i.name)}>
          {i.id ? `${i.id}. ` : ''}
          {i.name}
        </Link>
        <Badge appearance="tint" color={gradeColor(i.grade)} data-testid="indicator-grade">
          {i.grade === null ? t.readNoGrade : i.gradeProvisional ? t.readGradeProvisional(i.grade) : i.grade}
        </Badge>
        {i.guesses.length > 0 && (
          <Badge appearance="outline" color="warning" title={t.readGuessedTitle(i.guesses.length)} data-testid="indicator-guessed">
            ⚠ {t.readGuessed}
          </Badge>
        )}
        <FindingMark findings={findings} t={t} />
      </div>
      <Text size={200} as="p" style={{ margin: 0 }}>
        {t.readTarget} {target} / {t.readActual} {actual}
        {i.actualPeriod ? t.clerk.aside(t.clerk.period(i.actualPeriod)) : ''}
        {i.attainment !== null ? ` / ${t.readAttainment} ${pct(i.attainment)}` : ''}
        {others.map((o) => (
          <span key={o.sheet}>
            {' '}
            <Link as="button" onClick={() => select(o.sheet, o.cells)}>
              {t.readOtherSheet(o.sheet)}
            </Link>
          </span>
        ))}
      </Text>
    </li>
  );
}

/** Which indicators the list shows: all, one grade (`g:A`), those without a grade, those whose reading rests on a guess. */
export type GradeFilter = 'all' | 'none' | 'guessed' | `g:${string}`;

export function matchesGrade(i: IndicatorReport, filter: GradeFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'none') return i.grade === null;
  if (filter === 'guessed') return i.guesses.length > 0;
  return i.grade === filter.slice(2);
}

function GradeFilterField({ report, filter, onFilter, t }: { report: Report; filter: GradeFilter; onFilter: (f: GradeFilter) => void; t: Messages }) {
  const n = (f: GradeFilter) => report.indicators.filter((i) => matchesGrade(i, f)).length;
  const options: [GradeFilter, string][] = [
    ['all', t.clerk.gradeAll],
    ...report.rules.scale.map((b): [GradeFilter, string] => [`g:${b.grade}`, b.grade]),
    ['none', t.readNoGrade],
    ['guessed', t.clerk.gradeGuessed],
  ];
  return (
    <Field label={t.clerk.gradeFilter}>
      <Select value={filter} onChange={(_, d) => onFilter(d.value as GradeFilter)} data-testid="grade-filter">
        {options.map(([value, label]) => (
          <option key={value} value={value}>
            {t.clerk.counted(label, n(value))}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function IndicatorList({
  report,
  filter,
  onFilter,
  host,
  t,
  onError,
}: {
  report: Report;
  filter: GradeFilter;
  onFilter: (f: GradeFilter) => void;
  host: WorkbookHost;
  t: Messages;
  onError: (e: unknown) => void;
}) {
  const bySheet = new Map<string, IndicatorReport[]>();
  for (const i of report.indicators) if (matchesGrade(i, filter)) bySheet.set(i.sheet, [...(bySheet.get(i.sheet) ?? []), i]);
  const select = (sheet: string, cells: string[]) => void host.selectCells(sheet, cells).catch(onError);
  return (
    <>
      <Text weight="semibold">{t.readIndicators(report.indicators.length)}</Text>
      <GradeFilterField report={report} filter={filter} onFilter={onFilter} t={t} />
      {bySheet.size === 0 && <Text data-testid="no-indicator-matches">{t.clerk.noIndicatorMatches}</Text>}
      {[...bySheet].map(([sheet, list]) => (
        <div key={sheet} data-testid="indicator-group">
          <Text as="h2" weight="semibold" size={300}>
            {sheet}
          </Text>
          <ul style={{ margin: 0, paddingLeft: 16 }}>
            {list.map((i, k) => (
              <IndicatorRow key={k} i={i} findings={report.findings.filter((f) => f.sheet === i.sheet && f.indicator === i.name)} t={t} select={select} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
