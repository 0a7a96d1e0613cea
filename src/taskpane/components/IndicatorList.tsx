/**
 * The Check view's list of what was read: every indicator grouped by sheet, with its target,
 * actual, period, attainment and grade, and a mark when the reading rests on a guess. Selecting
 * one selects the cells it was read from in Excel (through the host: the pane never calls
 * Office.js); a fact read on another sheet (actuals joined from a 実績値 sheet) is a second link.
 */
import { Badge, Link, Text } from '@fluentui/react-components';
import type { WorkbookHost } from '../../adapters/officejs/host';
import { cellsBySheet } from '../../engine/model/cellRef';
import { num, pct } from '../../engine/model/figures';
import type { IndicatorReport, Report } from '../../engine/model/report';
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

function IndicatorRow({ i, t, select }: { i: IndicatorReport; t: Messages; select: (sheet: string, cells: string[]) => void }) {
  const [own, ...others] = indicatorCells(i);
  // A figure that is not final says so (暫定値, 概数); no figure says why (未入力, 未実施 …).
  const status = t.readStatus[i.actualStatus];
  const single = i.actual !== null ? `${figure(i.actual, i.unit)}${status ? `（${status}）` : ''}` : status || '―';
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
      </div>
      <Text size={200} as="p" style={{ margin: 0 }}>
        {t.readTarget} {target} / {t.readActual} {actual}
        {i.actualPeriod ? `（${i.actualPeriod}）` : ''}
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

export function IndicatorList({ report, host, t, onError }: { report: Report; host: WorkbookHost; t: Messages; onError: (e: unknown) => void }) {
  const bySheet = new Map<string, IndicatorReport[]>();
  for (const i of report.indicators) bySheet.set(i.sheet, [...(bySheet.get(i.sheet) ?? []), i]);
  const select = (sheet: string, cells: string[]) => void host.selectCells(sheet, cells).catch(onError);
  return (
    <>
      <Text weight="semibold">{t.readIndicators(report.indicators.length)}</Text>
      {[...bySheet].map(([sheet, list]) => (
        <div key={sheet} data-testid="indicator-group">
          <Text as="h2" weight="semibold" size={300}>
            {sheet}
          </Text>
          <ul style={{ margin: 0, paddingLeft: 16 }}>
            {list.map((i, k) => (
              <IndicatorRow key={k} i={i} t={t} select={select} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
