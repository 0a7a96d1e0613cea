/**
 * The Check view's findings, by sheet, filtered by severity (the filter's state lives with the
 * result in App, so it stays when switching views); each with its severity's icon, its cell (a link
 * selecting it in Excel) and the indicator it is about.
 */
import { Field, Link, Select, Text, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { WorkbookHost } from '../../adapters/officejs/host';
import type { Finding } from '../../engine/model/report';
import type { Messages } from '../i18n';

export type SeverityFilter = 'all' | Finding['severity'];

const SEVERITIES: Finding['severity'][] = ['error', 'warning', 'info'];

/** The severity's icon in its status colour, named for screen readers by the severity's word. */
export function SeverityIcon({ severity, t }: { severity: Finding['severity']; t: Messages }) {
  const common = { 'aria-label': t[severity], role: 'img', 'data-testid': `severity-${severity}`, style: { flexShrink: 0, marginTop: 2 } } as const;
  if (severity === 'error') return <ErrorCircle16Filled {...common} primaryFill={tokens.colorStatusDangerForeground1} />;
  if (severity === 'warning') return <Warning16Filled {...common} primaryFill={tokens.colorStatusWarningForeground1} />;
  return <Info16Filled {...common} primaryFill={tokens.colorBrandForeground1} />;
}

function groupBySheet(findings: Finding[], filter: SeverityFilter, workbook: string): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    if (filter !== 'all' && f.severity !== filter) continue;
    const k = f.sheet ?? workbook;
    out.set(k, [...(out.get(k) ?? []), f]);
  }
  return out;
}

function FindingRow({ f, host, t, onError }: { f: Finding; host: WorkbookHost; t: Messages; onError: (e: unknown) => void }) {
  return (
    <li data-severity={f.severity} style={{ display: 'flex', gap: 4, alignItems: 'flex-start', marginBottom: 2 }}>
      <SeverityIcon severity={f.severity} t={t} />
      <Text size={200} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {f.sheet && f.cell ? (
          <Link as="button" onClick={() => void host.select(f.sheet!, f.cell!).catch(onError)} title={t.goToCell}>
            {f.cell}
          </Link>
        ) : null}{' '}
        {f.indicator ? <strong data-testid="finding-indicator">{t.clerk.quote(f.indicator)} </strong> : null}
        {t.finding(f)}
      </Text>
    </li>
  );
}

export function FindingList({
  findings,
  filter,
  onFilter,
  host,
  t,
  onError,
}: {
  findings: Finding[];
  filter: SeverityFilter;
  onFilter: (f: SeverityFilter) => void;
  host: WorkbookHost;
  t: Messages;
  onError: (e: unknown) => void;
}) {
  const groups = groupBySheet(findings, filter, t.clerk.wholeWorkbook);
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const shown = [...groups.values()].reduce((n, g) => n + g.length, 0);
  return (
    <>
      <Field label={t.severity}>
        <Select value={filter} onChange={(_, d) => onFilter(d.value as SeverityFilter)} data-testid="severity-filter">
          <option value="all">{t.clerk.counted(t.all, findings.length)}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t.clerk.counted(t[s], count(s))}
            </option>
          ))}
        </Select>
      </Field>
      <Text weight="semibold">{t.clerk.counted(t.findings, shown)}</Text>
      {groups.size === 0 && <Text>{t.noFindings}</Text>}
      {[...groups].map(([sheet, list]) => (
        <div key={sheet} data-testid="finding-group">
          <Text as="h2" weight="semibold" size={300}>
            {sheet}
          </Text>
          <ul style={{ margin: 0, padding: 0, listStyle: 'none' }}>
            {list.map((f, i) => (
              <FindingRow key={i} f={f} host={host} t={t} onError={onError} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
