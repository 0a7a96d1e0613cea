/**
 * A form's name label written as a caption in brackets, 「【指標1】」「［成果指標２］」「〔指標〕」: the name label inside them
 * (指標1, 成果指標２), its number the id. Only a name label is read so: a bracketed measure caption (【目標値】 over a
 * table, stackedMeasureTables.ts) stays what it was.
 */
import { classifyLabel, type Label } from '../values/labels';

const BRACKETED = /^\s*[【［[〔]\s*([^【】［］[\]〔〕]{1,12}?)\s*[】］\]〕]\s*$/;

/** The name label a bracketed caption holds, or null. */
export function bracketedNameLabel(text: string): Label | null {
  const m = BRACKETED.exec(text);
  if (!m) return null;
  const label = classifyLabel(m[1]);
  return label?.role === 'name' ? label : null;
}
