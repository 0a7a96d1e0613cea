import { useEffect, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text, Textarea } from '@fluentui/react-components';
import type { WorkbookHost } from '../../adapters/officejs/host';
import { parsePeriodArg } from '../../engine/values/periods';
import type { Rules } from '../../engine/grading/rules';
import type { Messages } from '../i18n';
import { ErrorBar, errorText } from './shared';

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
  bounds: string[];
  method: Rules['method'];
  rollup: Rules['rollup'];
  period: string;
  directions: string;
  overrides: string;
}

type FormErrors = Partial<Record<keyof Form, string>>;

function toForm(r: Rules): Form {
  return {
    bounds: r.scale.slice(0, -1).map((b) => String(Math.round((b.min ?? 0) * 1000) / 10)),
    method: r.method,
    rollup: r.rollup,
    period: r.period ?? '',
    directions: r.futureDirections.join('、'),
    overrides: Object.entries(r.directions)
      .map(([k, v]) => `${k}=${WORD_OF[v]}`)
      .join('\n'),
  };
}

/** The rules from the form, or the message of each invalid field. */
export function fromForm(base: Rules, f: Form, t: Messages): { rules?: Rules; errors: FormErrors } {
  const errors: FormErrors = {};
  const mins = f.bounds.map((b) => Number(b.replace(/[％%]/g, '').trim()));
  if (mins.some((m, i) => !Number.isFinite(m) || m < 0 || m > 1000 || f.bounds[i].trim() === '' || (i > 0 && m >= mins[i - 1]))) errors.bounds = t.invalidBands;
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
  if (Object.keys(errors).length) return { errors };
  const scale = base.scale.map((b, i) => (i < mins.length ? { ...b, min: mins[i] / 100 } : b));
  return {
    rules: { ...base, scale, method: f.method, rollup: f.rollup, period: f.period.trim() || null, futureDirections: directions, directions: overrides },
    errors,
  };
}

/** The rules as read from 評価設定, the form over them, and saving it back. */
function useSettings(host: WorkbookHost, t: Messages) {
  const [base, setBase] = useState<Rules | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
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

  const set = (k: keyof Form, v: string | string[]) => {
    setSaved(false);
    setForm((f) => f && { ...f, [k]: v });
  };
  const save = async () => {
    if (!form || !base) return;
    const { rules, errors: errs } = fromForm(base, form, t);
    setErrors(errs);
    if (!rules) return;
    setError(null);
    try {
      await host.writeSettings(rules);
      setBase(rules);
      setSaved(true);
    } catch (e) {
      setError(errorText(e, t));
    }
  };
  return { base, form, errors, error, saved, sheetProblems, set, save };
}

/** The form's fields: the bands' lower bounds, the method, the roll-up, the period, the directions. */
function RuleFields({
  base,
  form,
  errors,
  set,
  t,
}: {
  base: Rules;
  form: Form;
  errors: FormErrors;
  set: (k: keyof Form, v: string | string[]) => void;
  t: Messages;
}) {
  return (
    <>
      {base.scale.slice(0, -1).map((b, i) => (
        <Field key={b.grade} label={`${t.bandMin(b.grade)}（${b.label}）`} validationMessage={i === 0 ? errors.bounds : undefined}>
          <Input
            value={form.bounds[i]}
            inputMode="decimal"
            onChange={(_, d) => {
              const next = [...form.bounds];
              next[i] = d.value;
              set('bounds', next);
            }}
          />
        </Field>
      ))}
      <Field label={t.method}>
        <Select value={form.method} onChange={(_, d) => set('method', d.value)}>
          <option value="ratio">{t.methodRatio}</option>
          <option value="progress">{t.methodProgress}</option>
        </Select>
      </Field>
      <Field label={t.rollup}>
        <Select value={form.rollup} onChange={(_, d) => set('rollup', d.value)}>
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

export function SettingsView({ host, t }: { host: WorkbookHost; t: Messages }) {
  const s = useSettings(host, t);
  if (!s.form || !s.base) return <ErrorBar error={s.error} />;
  return (
    <section aria-label={t.tabSettings} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Text size={200}>{t.settingsIntro}</Text>
      {s.sheetProblems.map((p) => (
        <MessageBar key={p} intent="warning">
          <MessageBarBody>{p}</MessageBarBody>
        </MessageBar>
      ))}
      <RuleFields base={s.base} form={s.form} errors={s.errors} set={s.set} t={t} />
      <Button appearance="primary" onClick={s.save}>
        {t.save}
      </Button>
      {s.saved && (
        <Text>
          <span>{t.saved}</span> {t.savedDetail}
        </Text>
      )}
      <ErrorBar error={s.error} />
    </section>
  );
}
