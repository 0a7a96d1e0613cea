/**
 * 読み取りを修正: the user selects the indicator-name cells and presses 「指標名」, then the target and
 * actual cells (optionally unit, period heading, grade cells), then 保存 writes the entry to 評価設定's
 * 読み取りの指定 through the host (undoable like the other writes). Check, rate and roll read it from then on.
 * Below the form, the entries already saved, each selectable and removable (TaughtEntries).
 */
import { useMemo, useState } from 'react';
import { Button, Divider, Field, Input, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { WorkbookHost } from '../../adapters/officejs/host';
import { parseRange } from '../../engine/model/address';
import type { Locale } from '../i18n';
import { ErrorBar, errorText } from './shared';
import { TaughtEntries, useTaughtList, type TaughtList } from './TaughtEntries';
import { teachTexts, type TeachField } from './teachTexts';

const FIELDS: TeachField[] = ['names', 'targets', 'actuals', 'unit', 'period', 'grade'];
const REQUIRED: ReadonlySet<TeachField> = new Set(['names', 'targets', 'actuals']);

type Cells = Record<TeachField, string>;
const EMPTY: Cells = { names: '', targets: '', actuals: '', unit: '', period: '', grade: '' };

/** How many names a range holds (0 when it is not a range). */
function countOf(range: string): number {
  const r = parseRange(range.trim());
  return r ? Math.max(r.bottom - r.top + 1, r.right - r.left + 1) : 0;
}

type Outcome = { kind: 'saved'; sheet: string; names: string; entries: number } | { kind: 'refused'; problems: string[] };

function useTeach(host: WorkbookHost, locale: Locale, list: TaughtList) {
  const tt = teachTexts(locale);
  const [sheet, setSheet] = useState<string | null>(null);
  const [cells, setCells] = useState<Cells>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const set = (f: TeachField, v: string) => {
    setOutcome(null);
    setCells((c) => ({ ...c, [f]: v }));
  };
  /** The selected range into field `f`; the first one chosen decides the sheet. */
  const take = async (f: TeachField) => {
    setError(null);
    try {
      const sel = await host.teach.selection();
      if (sheet && sel.sheet !== sheet && (f !== 'names' || cells.targets || cells.actuals)) return setError(tt.otherSheet(sel.sheet, sheet));
      setSheet(sel.sheet);
      set(f, sel.address);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const save = async () => {
    if (!sheet || !cells.names.trim() || !(cells.targets.trim() || cells.actuals.trim())) return setError(tt.needNames);
    setError(null);
    setBusy(true);
    try {
      const entry = { sheet, ...Object.fromEntries(FIELDS.filter((f) => cells[f].trim()).map((f) => [f, cells[f].trim()])) } as {
        sheet: string;
        names: string;
      };
      const r = await host.teach.save([entry]);
      // The list of saved entries is read again before the outcome is shown.
      if (r.kind === 'saved') await list.reload();
      setOutcome(
        r.kind === 'saved'
          ? { kind: 'saved', sheet, names: entry.names, entries: r.layout.entries.length }
          : { kind: 'refused', problems: r.problems.map((p) => (locale === 'en' ? p.en : p.ja)) },
      );
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const clear = () => {
    setSheet(null);
    setCells(EMPTY);
    setOutcome(null);
    setError(null);
  };
  return { tt, sheet, cells, error, busy, outcome, set, take, save, clear };
}

/**
 * The host with the calls of this view run one after another: the list's read when the view opens
 * (or after a save) never makes a button pressed meanwhile fail as busy; it waits for it.
 */
export function queued(host: WorkbookHost): WorkbookHost {
  let last: Promise<unknown> = Promise.resolve();
  const q =
    <A extends unknown[], T>(f: (...a: A) => Promise<T>) =>
    (...a: A): Promise<T> => {
      const next = last.then(
        () => f(...a),
        () => f(...a),
      );
      last = next.catch(() => undefined);
      return next;
    };
  const { teach } = host;
  return {
    ...host,
    selectCells: q(host.selectCells),
    teach: { selection: q(teach.selection), save: q(teach.save), list: q(teach.list), remove: q(teach.remove) },
  };
}

export function TeachView({ host: given, locale }: { host: WorkbookHost; locale: Locale }) {
  const host = useMemo(() => queued(given), [given]);
  const list = useTaughtList(host);
  const { tt, sheet, cells, error, busy, outcome, set, take, save, clear } = useTeach(host, locale, list);
  const n = countOf(cells.names);
  return (
    <section aria-label={tt.tab} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Text>{tt.intro}</Text>
      {sheet && (
        <Text data-testid="teach-sheet">
          {tt.sheet(sheet)}
          {n > 0 && `　${tt.count(n)}`}
        </Text>
      )}
      {FIELDS.map((f) => (
        <Field key={f} label={`${tt.field[f]}${REQUIRED.has(f) ? '' : ` ${tt.optional}`}`}>
          <div style={{ display: 'flex', gap: 4 }}>
            <Input value={cells[f]} onChange={(_, d) => set(f, d.value)} aria-label={tt.field[f]} style={{ flex: 1 }} />
            <Button onClick={() => void take(f)} aria-label={tt.take(tt.field[f])} disabled={busy}>
              {tt.field[f]}
            </Button>
          </div>
        </Field>
      ))}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button appearance="primary" onClick={() => void save()} disabled={busy}>
          {busy ? tt.saving : tt.save}
        </Button>
        <Button onClick={clear} disabled={busy}>
          {tt.clear}
        </Button>
      </div>
      <ErrorBar error={error} />
      {outcome?.kind === 'saved' && (
        <MessageBar intent="success" data-testid="teach-saved">
          <MessageBarBody>{tt.saved(outcome.sheet, outcome.names, outcome.entries)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'refused' && (
        <MessageBar intent="error" role="alert" data-testid="teach-refused">
          <MessageBarBody>
            {tt.refused}
            {outcome.problems.map((p) => (
              <div key={p}>{p}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <Divider />
      <TaughtEntries host={host} locale={locale} list={list} />
    </section>
  );
}
