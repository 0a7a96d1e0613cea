import { useState } from 'react';
import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { ActualsSource, ImportOutcome, WorkbookHost } from '../../adapters/officejs/host';
import { exportRows } from '../../adapters/xlsx/exportRows';
import { FISCAL_MONTHS, type CellValue } from '../../engine';
import { pct } from '../../engine/model/findings';
import type { Messages } from '../i18n';
import { ErrorBar, errorText, fileBytes, ProgressLine, useHostAction } from './shared';
import { FileChooser } from './FileChooser';
import { clipText } from '../../engine/model/clipText';

const shown = (v: CellValue, t: Messages) => (v === null || v === '' ? t.clerk.blank : t.clerk.quote(clipText(String(v))));

/** The export file chosen (its rows read in the pane), or why it could not be read. */
function useExportFile() {
  const [file, setFile] = useState<{ name: string; rows: CellValue[][] } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const choose = async (list: FileList | null) => {
    setFileError(null);
    setFile(null);
    const f = list?.[0];
    if (!f) return;
    try {
      setFile({ name: f.name, rows: await exportRows(await fileBytes(f), f.name) });
    } catch (e) {
      setFileError(errorText(e));
    }
  };
  return { file, fileError, choose };
}

/** What the import did, one line per cell written, row unmatched, value missing, conflict, finding. */
function ImportLines({ r, t }: { r: ImportOutcome; t: Messages }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 16 }} data-testid="import-lines">
      {r.result.written.map((w) => (
        <li key={`w${w.sheet}!${w.cell}`} data-kind="written">
          <Text size={200}>
            {w.sheet}!{w.cell} {w.name}
            {t.clerk.colon}
            {shown(w.before, t)} → {shown(w.after, t)}
          </Text>
        </li>
      ))}
      {r.result.unmatched.map((u) => (
        <li key={`u${u.line}`} data-kind="unmatched">
          <Text size={200}>{t.importUnmatched(u.line, clipText([u.id, u.name].filter(Boolean).join(' ')), shown(u.value, t))}</Text>
        </li>
      ))}
      {r.result.missing.map((m) => (
        <li key={`m${m.sheet}!${m.cell}`} data-kind="missing">
          <Text size={200}>{t.importMissing(`${m.sheet}!${m.cell}`, m.name)}</Text>
        </li>
      ))}
      {r.result.conflicts.map((c) => (
        <li key={`c${c.sheet}!${c.cell}`} data-kind="conflict">
          <Text size={200}>{t.importConflict(`${c.sheet}!${c.cell}`, c.name, shown(c.before, t), shown(c.after, t), c.overwritten)}</Text>
        </li>
      ))}
      {r.result.findings.map((f, i) => (
        <li key={`f${i}`} data-kind="finding">
          <Text size={200}>{t.finding(f)}</Text>
        </li>
      ))}
    </ul>
  );
}

/** The year to date after the import, graded. */
function YearToDate({ r, t }: { r: ImportOutcome; t: Messages }) {
  return (
    <Table size="extra-small" aria-label={t.importYtd(r.result.month)} data-testid="import-ytd">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.ytdIndicator}</TableHeaderCell>
          <TableHeaderCell>{t.ytdActual}</TableHeaderCell>
          <TableHeaderCell>{t.ytdTarget}</TableHeaderCell>
          <TableHeaderCell>{t.ytdGrade}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {r.ratings.map((g) => (
          <TableRow key={`${g.sheet}!${g.name}`} data-grade={g.grade ?? ''}>
            <TableCell>
              {g.name}
              {g.missingMonths.length ? (
                <Text size={100}>{t.clerk.aside(t.ytdMissing(g.missingMonths.map((m) => t.clerk.month(m)).join(t.clerk.listJoin)))}</Text>
              ) : null}
            </TableCell>
            <TableCell>{g.yearToDate ?? '—'}</TableCell>
            <TableCell>
              {g.target === null ? '—' : Math.round(g.target * 100) / 100}
              <Text size={100}>{t.clerk.aside(t.ytdSource[g.targetSource ?? 'none'])}</Text>
            </TableCell>
            <TableCell>
              {g.grade ?? '—'}
              {g.attainment !== null ? ` ${pct(g.attainment)}` : ''}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function ImportDone({ r, t }: { r: ImportOutcome; t: Messages }) {
  return (
    <>
      <MessageBar intent={r.result.unmatched.length || r.result.conflicts.length || r.result.findings.length ? 'warning' : 'success'}>
        <MessageBarBody data-testid="import-done">
          {r.source}：{t.importDone(r.result.month, r.result.written.length, r.result.unmatched.length, r.result.missing.length, r.result.conflicts.length)}
        </MessageBarBody>
      </MessageBar>
      <ImportLines r={r} t={t} />
      <Text weight="semibold">{t.importYtd(r.result.month)}</Text>
      <YearToDate r={r} t={t} />
    </>
  );
}

/** 月次実績: one month's actuals from an export file or the selected cells into the monthly sheets. */
export function ImportView({ host, t, today = new Date() }: { host: WorkbookHost; t: Messages; today?: Date }) {
  // Usually last month's figures are imported.
  const [month, setMonth] = useState(today.getMonth() === 0 ? 12 : today.getMonth());
  const [overwrite, setOverwrite] = useState(false);
  const { file, fileError, choose } = useExportFile();
  const action = useHostAction<ImportOutcome>(t);
  const start = (source: ActualsSource) => action.run((o) => host.importActuals({ source, month, overwrite, onProgress: o.onProgress }));

  return (
    <section aria-label={t.tabImport} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Text size={200}>{t.importIntro}</Text>
      <Field label={t.importMonth}>
        <Select value={String(month)} onChange={(_, d) => setMonth(Number(d.value))} data-testid="import-month">
          {FISCAL_MONTHS.map((m) => (
            <option key={m} value={m}>
              {t.clerk.month(m)}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox checked={overwrite} onChange={(_, d) => setOverwrite(!!d.checked)} label={t.importOverwrite} />
      <FileChooser label={t.importFile} accept=".csv,.txt,.xlsx,.xlsm" testId="import-file" onFiles={(f) => void choose(f)} t={t} />
      {file && <Text size={200}>{t.importFileRows(file.name, file.rows.length)}</Text>}
      <ErrorBar error={fileError} />
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button appearance="primary" disabled={action.busy || !file} onClick={() => void (file && start({ kind: 'table', name: file.name, rows: file.rows }))}>
          {action.busy ? t.importing : t.importFromFile}
        </Button>
        <Button disabled={action.busy} onClick={() => void start({ kind: 'selection' })}>
          {t.importFromSelection}
        </Button>
      </div>
      <ProgressLine progress={action.progress} t={t} />
      <ErrorBar error={action.error} />
      {/* A polite live region present before the outcome arrives, so screen readers announce it. */}
      <div aria-live="polite" data-testid="import-live" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        {action.result && <ImportDone r={action.result} t={t} />}
      </div>
    </section>
  );
}
