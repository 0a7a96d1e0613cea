/**
 * Departments' submitted workbooks, for the review's tests, the end-to-end test and its benchmark:
 * a good submission, one with self-grades that disagree with the figures, one of last year, one
 * reporting a shared indicator with another figure, one with a figure nobody can read.
 */
import type { SheetSpec } from '../../../src/engine/model/plan';
import { policySheet, projectSheet, type BlockSpec, type ProjectRow } from './demoWorkbook';

const steady = (no: string, name: string, unit: string, base: number, step: number, r5: number | string | null): BlockSpec => ({
  no,
  name,
  description: `${name}（年度末時点）`,
  unit,
  actual: [base, base + step, base + 2 * step, base + 3 * step, r5, null, null],
  expected: [null, null, base + 2 * step, base + 3 * step, base + 4 * step, base + 5 * step, base + 6 * step],
});

const project = (no: number, name: string, target: number, actual: number | string, grade: string): ProjectRow => ({
  no,
  code: `1-1-${no}`,
  name,
  summary: `${name}を実施する。`,
  previous: `実施件数 ${target - 2}件`,
  grade,
  target: `実施件数 ${target}件`,
  actual: typeof actual === 'number' ? `実施件数 ${actual}件` : actual,
  direction: '継続',
});

export interface Submission {
  /** Path inside the submissions folder. */
  path: string;
  specs: SheetSpec[];
}

function submission(department: string, fiscal: 4 | 5, blocks: BlockSpec[], projects: ProjectRow[]): SheetSpec[] {
  const label = fiscal === 5 ? '令和５年度' : '令和４年度';
  return [
    policySheet('施策評価', {
      fiscalLabel: label,
      policy: `1.${department}の基本方針`,
      measure: `1-1.${department}の施策`,
      department,
      previousGrade: 'B',
      blocks,
    }),
    projectSheet('事業実績', { fiscal, policy: `1 ${department}の基本方針`, rows: projects }),
  ];
}

/** The review's test folder: what each submission is meant to show is in its name. */
export function reviewTestSubmissions(): Submission[] {
  const shared = (r5: number) => steady('②', '市民満足度調査の回答数', '人', 400, 10, r5);
  return [
    {
      path: '商工部/商工部_施策評価.xlsx',
      specs: submission(
        '商工部',
        5,
        [steady('①', '企業訪問件数', '件', 100, 5, 121), shared(441)],
        [project(1, '企業訪問事業', 20, 21, 'A'), project(2, '創業支援事業', 10, 10, 'A')],
      ),
    },
    {
      path: '福祉部/福祉部_施策評価.xlsx',
      specs: submission(
        '福祉部',
        5,
        [steady('①', '見守り訪問件数', '件', 200, 10, 242)],
        [project(1, '見守り訪問事業', 20, 12, 'A'), project(2, '介護予防教室', 10, 9, 'C')],
      ),
    },
    {
      path: '建設部/建設部_施策評価.xlsx',
      specs: submission(
        '建設部',
        4,
        [{ ...steady('①', '道路補修の延長', 'km', 10, 1, null), actual: [10, 11, 12, 13.5, null, null, null] }],
        [project(1, '道路補修事業', 12, 13, 'A')],
      ),
    },
    {
      path: '企画部/企画部_施策評価.xlsx',
      specs: submission('企画部', 5, [steady('①', '移住相談件数', '件', 50, 5, 71), shared(452)], [project(1, '移住相談事業', 20, 20, 'A')]),
    },
    {
      path: '教育部/教育部_施策評価.xlsx',
      specs: submission('教育部', 5, [steady('①', '図書館の貸出冊数', '冊', 1000, 50, '約千二百')], [project(1, '読書推進事業', 20, 22, 'A')]),
    },
  ];
}

/** One of the benchmark's submissions: `sheets` sheets of 15 indicators each (policy and project sheets alternating). */
export function benchSubmission(index: number, sheets: number): SheetSpec[] {
  const department = `部署${(index % 30) + 1}`;
  const out: SheetSpec[] = [];
  for (let s = 0; s < sheets; s++) {
    const seed = index * sheets + s;
    if (s % 2 === 0) {
      const blocks = Array.from({ length: 15 }, (_, i) =>
        steady(
          String(i + 1),
          `指標${seed}-${i + 1}の件数`,
          '件',
          50 + ((seed * 7 + i * 13) % 300),
          1 + (i % 4),
          50 + ((seed * 7 + i * 13) % 300) + 4 * (1 + (i % 4)) - (i % 3),
        ),
      );
      out.push(
        policySheet(`施策${s + 1}`, {
          fiscalLabel: '令和５年度',
          policy: `${(s % 5) + 1}.基本方針`,
          measure: `${(s % 5) + 1}-${s + 1}.施策`,
          department,
          previousGrade: 'B',
          blocks,
        }),
      );
    } else {
      const rows = Array.from({ length: 15 }, (_, i) =>
        project(i + 1, `事業${seed}-${i + 1}`, 10 + (i % 7), 8 + ((i * 5 + seed) % 10), ['A', 'B', 'C'][i % 3]),
      );
      out.push(projectSheet(`事業${s + 1}`, { fiscal: 5, policy: `${(s % 5) + 1} 基本方針`, rows }));
    }
  }
  return out;
}
