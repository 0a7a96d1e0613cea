/**
 * The grading scale in 設定: one line per grade (grade, name, lower bound %; the last grade takes
 * everything below), a line added above the last or removed, or the rows replaced by a common
 * scale (A–D, S–D, ◎○△×, 5–1). Each problem shows under its line (scaleForm.ts checks them).
 */
import { useState } from 'react';
import { Button, Input, Select, Text, tokens } from '@fluentui/react-components';
import { SCALE_PRESETS, scaleRows, type ScaleProblem, type ScaleRow } from './scaleForm';
import type { ScalePreset, ScaleTexts } from './scaleTexts';

function Problems({ list }: { list: ScaleProblem[] }) {
  return (
    <>
      {list.map((p) => (
        <Text key={p.message} size={200} role="alert" data-testid="scale-problem" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {p.message}
        </Text>
      ))}
    </>
  );
}

function ScaleLine({
  row,
  i,
  last,
  st,
  update,
  remove,
  canRemove,
}: {
  row: ScaleRow;
  i: number;
  last: boolean;
  st: ScaleTexts;
  update: (patch: Partial<ScaleRow>) => void;
  remove: () => void;
  canRemove: boolean;
}) {
  const at = st.rowLabel(i + 1);
  return (
    <div role="group" aria-label={at} data-testid="scale-row" style={{ display: 'flex', gap: 4, alignItems: 'center' }}>
      <Input value={row.grade} onChange={(_, d) => update({ grade: d.value })} aria-label={st.gradeOf(at)} style={{ width: '4em', minWidth: 0 }} />
      <Input value={row.label} onChange={(_, d) => update({ label: d.value })} aria-label={st.labelOf(at)} style={{ flex: 1, minWidth: 0 }} />
      <Input
        value={last ? '' : row.min}
        placeholder={last ? st.lastMin : undefined}
        disabled={last}
        inputMode="decimal"
        onChange={(_, d) => update({ min: d.value })}
        aria-label={st.minOf(row.grade.trim() || at)}
        style={{ width: '6.5em', minWidth: 0 }}
      />
      <Button
        size="small"
        appearance="subtle"
        onClick={remove}
        disabled={!canRemove}
        aria-label={st.removeRow(i + 1, row.grade)}
        title={st.removeRow(i + 1, row.grade)}
        style={{ minWidth: 0, width: '2em', padding: 0 }}
      >
        ×
      </Button>
    </div>
  );
}

export function ScaleFields({
  rows,
  onChange,
  problems,
  st,
}: {
  rows: ScaleRow[];
  onChange: (rows: ScaleRow[]) => void;
  problems: ScaleProblem[];
  st: ScaleTexts;
}) {
  const [preset, setPreset] = useState<ScalePreset>('ad');
  const update = (i: number, patch: Partial<ScaleRow>) => onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  // A new grade goes above the last one, which stays the one without a bound.
  const add = () => onChange([...rows.slice(0, -1), { grade: '', label: '', min: '' }, ...rows.slice(-1)]);
  return (
    <fieldset data-testid="scale" style={{ border: 'none', padding: 0, margin: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 4 }}>
      <legend>
        <Text weight="semibold">{st.title}</Text>
      </legend>
      <div style={{ display: 'flex', gap: 4 }} aria-hidden>
        <Text size={200} style={{ width: '4em' }}>
          {st.grade}
        </Text>
        <Text size={200} style={{ flex: 1 }}>
          {st.label}
        </Text>
        <Text size={200} style={{ width: 'calc(6.5em + 2em + 4px)' }}>
          {st.min}
        </Text>
      </div>
      <Problems list={problems.filter((p) => p.row === null)} />
      {rows.map((r, i) => (
        <div key={i}>
          <ScaleLine
            row={r}
            i={i}
            last={i === rows.length - 1}
            st={st}
            update={(p) => update(i, p)}
            remove={() => onChange(rows.filter((_, k) => k !== i))}
            canRemove={rows.length > 2}
          />
          <Problems list={problems.filter((p) => p.row === i)} />
        </div>
      ))}
      <div style={{ display: 'flex', gap: 4, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button size="small" onClick={add}>
          {st.addRow}
        </Button>
        <Select value={preset} onChange={(_, d) => setPreset(d.value as ScalePreset)} aria-label={st.preset} size="small">
          {(Object.keys(st.presets) as ScalePreset[]).map((k) => (
            <option key={k} value={k}>
              {st.presets[k]}
            </option>
          ))}
        </Select>
        <Button size="small" onClick={() => onChange(scaleRows(SCALE_PRESETS[preset]))}>
          {st.presetApply}
        </Button>
      </div>
    </fieldset>
  );
}
