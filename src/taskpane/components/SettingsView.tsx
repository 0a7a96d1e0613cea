import { useEffect, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text, Textarea } from '@fluentui/react-components';
import type { WorkbookHost } from '../../adapters/officejs/host';
import { parsePeriodArg } from '../../engine/values/periods';
import type { Rules } from '../../engine/grading/rules';
import type { Locale, Messages } from '../i18n';
import { ErrorBar, errorText } from './shared';
import { ScaleFields } from './ScaleFields';
import { scaleFromRows, scaleRows, type ScaleProblem, type ScaleRow } from './scaleForm';
import { scaleTexts, type ScaleTexts } from './scaleTexts';

const DIRECTION_WORDS: Record<string, 'up' | 'down' | 'maintain'> = {
  増加: 'up',
  減少: 'down',
  維持: 'maintain',
  up: 'up',
  down: 'down',
  maintain: 'maintain',
};
const WORD_OF = { up: '増加', down: '減少', maintain: '維持' } as const;

interface Form {
  scale: ScaleRow[];
  method: Rules['method'];
  rollup: Rules['rollup'];
  period: string;
  directions: string;
  overrides: string;
}

type FormErrors = Partial<Record<Exclude<keyof Form, 'scale'>, string>> & { scale?: ScaleProblem[] };

function toForm(r: Rules): Form {
  return {
    scale: scaleRows(r.scale),
    method: r.method,
    rollup: r.rollup,
    period: r.period ?? '',
    directions: r.futureDirections.join('、'),
    overrides: Object.entries(r.directions)
      .map(([k, v]) => `${k}=${WORD_OF[v]}`)
      .join('\n'),
  };
}

/**
 * The rules from the form, or the message of each invalid field. `notes`: what was changed besides
 * (the grade for 未実施 moved to the last grade when its grade is gone).
 */
export function fromForm(base: Rules, f: Form, t: Messages, st: ScaleTexts): { rules?: Rules; errors: FormErrors; notes: string[] } {
  const errors: FormErrors = {};
  const read = scaleFromRows(f.scale, base.scale, st);
  if ('problems' in read) errors.scale = read.problems;
  if (f.period.trim() && !parsePeriodArg(f.period)) errors.period = t.invalidPeriod;
  const directions = f.directions
    .split(/[、,，\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (!directions.length) errors.directions = t.emptyDirections;
  const overrides: Rules['directions'] = {};
  for (const line of f.overrides
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const m = /^(.+?)\s*[=＝]\s*(\S+)$/.exec(line);
    const d = m ? DIRECTION_WORDS[m[2]] : undefined;
    if (!m || !d) {
      errors.overrides = t.invalidOverride(line);
      break;
    }
    overrides[m[1]] = d;
  }
  if (Object.keys(errors).length || 'problems' in read) return { errors, notes: [] };
  const scale = read.scale;
  const last = scale[scale.length - 1].grade;
  const kept = scale.some((b) => b.grade === base.notImplementedGrade);
  return {
    rules: {
      ...base,
      scale,
      notImplementedGrade: kept ? base.notImplementedGrade : last,
      method: f.method,
      rollup: f.rollup,
      period: f.period.trim() || null,
      futureDirections: directions,
      directions: overrides,
    },
    errors,
    notes: kept ? [] : [st.notImplementedMoved(base.notImplementedGrade, last)],
  };
}

/** The rules as read from 評価設定, the form over them, and saving it back. */
function useSettings(host: WorkbookHost, t: Messages, st: ScaleTexts) {
  const [base, setBase] = useState<Rules | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [notes, setNotes] = useState<string[]>([]);
  const [sheetProblems, setSheetProblems] = useState<string[]>([]);

  useEffect(() => {
    host.readSettings().then(
      (s) => {
        setBase(s.rules);
        setForm(toForm(s.rules));
        setSheetProblems(s.findings.map((f) => `${f.cell ?? ''} ${t.finding(f)}`));
      },
      (e) => setError(errorText(e, t)),
    );
  }, [host]);

  const set = <K extends keyof Form>(k: K, v: Form[K]) => {
    setSaved(false);
    setForm((f) => f && { ...f, [k]: v });
  };
  const save = async () => {
    if (!form || !base) return;
    const { rules, errors: errs, notes: changed } = fromForm(base, form, t, st);
    setErrors(errs);
    if (!rules) return;
    setError(null);
    try {
      await host.writeSettings(rules);
      setBase(rules);
      setForm(toForm(rules));
      setNotes(changed);
      setSaved(true);
    } catch (e) {
      setError(errorText(e, t));
    }
  };
  return { base, form, errors, error, saved, notes, sheetProblems, set, save };
}

/** The form's fields: the grading scale, the method, the roll-up, the period, the directions. */
function RuleFields({
  form,
  errors,
  set,
  t,
  st,
}: {
  form: Form;
  errors: FormErrors;
  set: <K extends keyof Form>(k: K, v: Form[K]) => void;
  t: Messages;
  st: ScaleTexts;
}) {
  return (
    <>
      <ScaleFields rows={form.scale} onChange={(rows) => set('scale', rows)} problems={errors.scale ?? []} st={st} />
      <Field label={t.method}>
        <Select value={form.method} onChange={(_, d) => set('method', d.value as Form['method'])}>
          <option value="ratio">{t.methodRatio}</option>
          <option value="progress">{t.methodProgress}</option>
        </Select>
      </Field>
      <Field label={t.rollup}>
        <Select value={form.rollup} onChange={(_, d) => set('rollup', d.value as Form['rollup'])}>
          <option value="mean">{t.rollupMean}</option>
          <option value="worst">{t.rollupWorst}</option>
        </Select>
      </Field>
      <Field label={t.periodSetting} validationMessage={errors.period}>
        <Input value={form.period} onChange={(_, d) => set('period', d.value)} />
      </Field>
      <Field label={t.directions} validationMessage={errors.directions}>
        <Input value={form.directions} onChange={(_, d) => set('directions', d.value)} />
      </Field>
      <Field label={t.overrides} validationMessage={errors.overrides}>
        <Textarea value={form.overrides} onChange={(_, d) => set('overrides', d.value)} resize="vertical" />
      </Field>
    </>
  );
}

export function SettingsView({ host, t, locale = 'ja' }: { host: WorkbookHost; t: Messages; locale?: Locale }) {
  const st = scaleTexts(locale);
  const s = useSettings(host, t, st);
  if (!s.form || !s.base) return <ErrorBar error={s.error} />;
  return (
    <section aria-label={t.tabSettings} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Text size={200}>{t.settingsIntro}</Text>
      {s.sheetProblems.map((p) => (
        <MessageBar key={p} intent="warning">
          <MessageBarBody>{p}</MessageBarBody>
        </MessageBar>
      ))}
      <RuleFields form={s.form} errors={s.errors} set={s.set} t={t} st={st} />
      <Button appearance="primary" onClick={s.save}>
        {t.save}
      </Button>
      {s.saved && (
        <Text>
          <span>{t.saved}</span> {t.savedDetail}
          {s.notes.map((n) => (
            <span key={n}> {n}</span>
          ))}
        </Text>
      )}
      <ErrorBar error={s.error} />
    </section>
  );
}
