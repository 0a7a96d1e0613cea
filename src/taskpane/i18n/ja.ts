/** The pane's Japanese words. */
import { refusalMessage, type UndoRefusal } from '../../adapters/officejs/undoRecord';
import { renderFinding, ROLL_CHANGE } from '../../engine/model/findingText';
import type { ActualStatus, Finding } from '../../engine/model/report';
import { renderUsage } from '../../engine/model/usageText';
import { renderExpectedListProblem, renderStatus, type ExpectedListProblem, type SubmissionStatus } from '../../engine/model/reviewText';
import type { UsageProblem } from '../../engine/model/usageParams';
import { clerkJa } from './clerkWords';
import type { FindingsOutcome } from '../../app/rate';

export const ja = {
  title: 'EvalSheet 施策評価チェック',
  tabCheck: '確認',
  tabGrade: '評価を記入',
  tabUndo: '元に戻す',
  tabSettings: '設定',
  check: 'ブックを確認する',
  checking: '確認しています…',
  period: '評価対象期間',
  unknown: '不明',
  indicators: '指標',
  none: '評価なし',
  findings: '指摘',
  noFindings: '指摘はありません。',
  severity: '表示する指摘',
  all: 'すべて',
  error: 'エラー',
  warning: '警告',
  info: '情報',
  goToCell: 'セルへ移動',
  // The Check view's list of what was read, per indicator (issue 16 item 4).
  readIndicators: (n: number) => `読み取った指標（${n}）`,
  readTarget: '目標',
  readActual: '実績',
  readAttainment: '達成率',
  readNoGrade: '評価なし',
  readGuessed: '推測あり',
  readGuessedTitle: (n: number) => `読み取りが推測を含みます（${n} 件）。下の指摘で、確かめるセルを確認してください。`,
  readSelect: (name: string) => `「${name}」を読み取ったセルを選択`,
  readOtherSheet: (sheet: string) => `${sheet} のセル`,
  readStatus: {
    value: '',
    provisional: '暫定値',
    approximate: '概数',
    missing: '未入力',
    pending: '集計中',
    'not-applicable': '該当なし',
    'not-implemented': '未実施',
    error: 'エラー',
    unparseable: '読み取れません',
  } satisfies Record<ActualStatus, string>,
  readGradeProvisional: (grade: string) => `${grade}（暫定）`,
  grade: '評価を記入する',
  grading: '記入しています…',
  overwrite: '記入済みの評価も計算結果で置き換える',
  cancel: '中止',
  stageRead: 'ブックを読み込み中',
  stageEvaluate: '評価を計算中',
  stageWrite: 'ブックに書き込み中',
  kept: (n: number) => `記入済みの評価 ${n} 件は計算と異なりますが、そのまま残しました。`,
  undo: '直前の記入を元に戻す',
  undoModeExcel:
    'この Excel では、EvalSheet の評価の記入・次の期間への更新・実績の取り込み・評価設定の保存は、Excel の「元に戻す」（Ctrl+Z）で1回ずつ戻せます。このボタンで戻すのは、Excel では戻せない操作（ひな形の作成・提出ブック一括チェック）です。',
  undoModeRecord: 'この Excel では、EvalSheet の操作は Excel の「元に戻す」（Ctrl+Z）では戻せません。直前の操作はこのボタンで戻してください。',
  undoing: '元に戻しています…',
  lastRun: (action: string, at: string, cells: number, sheets = '') => `直前の操作：${action}（${at}、セル ${cells} 個${sheets ? `、${sheets}` : ''}）`,
  noLastRun: '元に戻せる操作はありません。',
  skipped: '記入後に変更されていたため、そのままにしたセル',
  deletedSheets: '削除したシート',
  settingsIntro: '評価のルールはシート「評価設定」に保存され、ブックと一緒に提出されます。',
  method: '達成率の計算',
  methodRatio: '実績 ÷ 目標',
  methodProgress: '（実績 − 基準値）÷（目標 − 基準値）',
  rollup: '施策の達成状況評価',
  rollupMean: '指標の評価の平均（四捨五入）',
  rollupWorst: '最も低い評価',
  periodSetting: '評価対象期間（空欄ならシートから判断）',
  directions: '今後の方向性の選択肢（読点区切り）',
  overrides: '指標ごとの方向（1行に「指標名=増加/減少/維持」）',
  save: '評価設定に保存',
  saved: '保存しました。',
  savedDetail: 'シート「評価設定」を書き直しました（ほかのシートは変えていません）。「元に戻す」で前の設定に戻せます。',
  invalidPeriod: '期間を読み取れません（例：令和6年度、R6、2024）。',
  invalidOverride: (line: string) => `「${line}」を読み取れません。「指標名=増加」のように書いてください。`,
  emptyDirections: '今後の方向性を1つ以上入力してください。',
  notInExcel: 'このページは Excel の中で開いてください（ホーム タブの「EvalSheet」ボタン）。',
  tabReview: '一括チェック',
  reviewIntro:
    '提出されたブック（.xlsx）をまとめて確認し、結果をこのブックの4つのシート（提出状況一覧・指摘事項・評価一覧・集計）に書き込みます。提出ブックは読むだけで変更しません。',
  chooseFiles: '提出ブックを選ぶ',
  dropHere: 'ここに .xlsx ファイルをドロップできます',
  expectList: '提出予定一覧（CSV、任意）',
  reviewStart: '一括チェックを始める',
  reviewing: '確認しています…',
  filesChosen: (n: number) => `${n} 件のファイル`,
  fileWaiting: '待機中',
  fileReading: '読み込み中',
  fileSkipped: '一括チェックの結果のため読み飛ばし',
  reviewDone: (read: number, unreadable: number, missing: number) =>
    `読み込んだブック ${read} 件、読み込めなかったブック ${unreadable} 件、未提出 ${missing} 件。結果をシートに書き込みました。`,
  reviewCancelled: '中止しました。ブックには何も書き込んでいません。',
  showStatus: '提出状況一覧を表示',
  returnsMake: '差戻し用のブックを作る（ZIP）',
  returnsMaking: '差戻し用のブックを作っています…',
  returnsNone: 'エラーか警告のあるブックがないため、差し戻すブックはありません。',
  returnsMade: (n: number, departments: number) =>
    `差戻し用のブック ${n} 件を担当部署ごとのフォルダー（${departments} 部署）にまとめました。各ブックに指摘事項のシートと、指摘のあるセルのメモがあります。選んだファイルは変更していません。`,
  returnsDownload: 'ZIP をダウンロード',
  returnsZipName: '差戻し.zip',
  returnsFailed: (file: string, why: string) => `作れなかったブック：${file}（${why}）`,
  expectProblems: '提出予定一覧を読み取れません：',
  tabRoll: '次の期間へ',
  rollIntro:
    'このブックから次の評価対象期間のブックを作ります：年度の表記を進め、記入された評価を前年度評価の欄へ移し、評価欄と記述欄（成果・効果、課題など）を空欄にします。実行する前に、変更するセルの数を示して、新しいブックとして作るか、このブックを変更するかを確かめます。',
  rollStart: '次の期間のブックにする',
  rolling: '更新しています…',
  rollDone: (from: string, to: string, n: number) => `このブックの評価対象期間を ${from} から ${to} に進めました（変更 ${n} セル。「元に戻す」で戻せます）。`,
  tabUpdate: '年次・月次',
  tabImport: '月次実績',
  tabTemplate: 'ひな形',
  importIntro:
    '月別の表（4月〜3月の列がある表）の1か月分の実績を、他のシステムから出力した表（CSV は Shift_JIS・UTF-8 のどちらも可、または .xlsx）や、このブックで選択した範囲から取り込みます。指標は番号、なければ指標名で探します。',
  importMonth: '取り込む月',
  importOverwrite: 'すでに入っている値も置き換える（置き換えない場合は一覧に表示するだけ）',
  importFile: '出力した表のファイル（.csv / .xlsx）',
  importFileRows: (name: string, n: number) => `${name}：${n} 行`,
  importFromFile: 'ファイルから取り込む',
  importFromSelection: '選択範囲から取り込む',
  importing: '取り込んでいます…',
  importDone: (month: number, written: number, unmatched: number, missing: number, conflicts: number) =>
    `${month}月の実績：書き込み ${written} 件、一致しない行 ${unmatched} 件、値のない指標 ${missing} 件、既存の値と異なる ${conflicts} 件。`,
  importUnmatched: (line: number, who: string, value: string) => `一致しない行（${line}行目）：${who} = ${value}。番号か指標名を確認してください。`,
  importMissing: (where: string, name: string) => `値がありません：${where} ${name}`,
  importConflict: (where: string, name: string, before: string, after: string, overwritten: boolean) =>
    `既存の値と異なります：${where} ${name} ${before} → ${after}${overwritten ? '（置き換えました）' : '（元の値を残しました）'}`,
  importYtd: (month: number) => `${month}月までの累計による評価`,
  ytdIndicator: '指標',
  ytdActual: '累計実績',
  ytdTarget: '目標',
  ytdGrade: '評価',
  ytdSource: { plan: '月別計画の累計', prorated: '年間目標の按分', annual: '年間目標', none: '目標なし' },
  ytdMissing: (months: string) => `未入力の月：${months}`,
  templateIntro:
    '推奨する様式の評価ブック（施策評価シート、事業実績、評価設定）をこのブックに追加します。新しい空のブックで実行してください。見出しと計算欄は保護され（パスワードなし）、色の付いたセルに入力できます。',
  templateYear: '評価対象年度',
  templatePlanStart: '計画期間（初年度）',
  templatePlanEnd: '計画期間（最終年度）',
  templateSample: 'サンプルデータを入れる（操作を試すとき）',
  templateStart: 'ひな形を作成する',
  templateWorking: '作成しています…',
  templateDone: (sheets: string, period: string) =>
    `${sheets} を追加しました（評価対象期間：${period}）。色の付いたセルに入力してください。「元に戻す」でシートを削除できます。`,
  confirmCancel: 'キャンセル',
  confirmCancelled: 'キャンセルしました。ブックは変更していません。',
  planning: '変更の内容を調べています…',
  gradeConfirmTitle: '記入済みの評価を置き換えますか？',
  gradeConfirmLine: (fill: number, replace: number) => `${fill} 個の空欄に評価を記入し、${replace} 個の記入済みの評価を計算結果で置き換えます。`,
  sheetsRemade: (sheets: string) => `シート「${sheets}」を作り直します。`,
  blockedAhead: (n: number) => `保護されたシートのロックされたセル ${n} 個には書き込めません（書き込んだ後の一覧に出します）。`,
  undoable: '「元に戻す」で戻せます。',
  gradeConfirm: '置き換えて記入する',
  gradeWritten: (fill: number, replace: number) =>
    fill + replace
      ? `評価を ${fill + replace} 個のセルに記入しました（空欄 ${fill} 個、置き換え ${replace} 個）。`
      : '評価を記入したセルはありません（評価を記入する空欄がありませんでした）。',
  gradeSheets: (sheets: string) => `シート「${sheets}」を作り直しました。`,
  gradeNoIndicators:
    '指標が見つからなかったため、何も書き込んでいません（評価サマリーも作っていません）。「実績値」「目標値」などの見出しがあるシートか確認してください。',
  gradeBlocked: (n: number, cells: string) =>
    `書き込めなかった評価 ${n} 個：${cells}。シートが保護され、これらのセルはロックされているためです。書き込むには「校閲」→「シート保護の解除」を行ってから、もう一度実行してください。`,
  gradeSummaryProtected: 'シート「評価サマリー」は保護されているため作り直していません。',
  gradeNotes: '指摘をセルにメモとして書く',
  gradeNotesHint:
    '指摘事項のシートを作り、指摘のあるセルに「【EvalSheet】」で始まるメモを書きます。直った指摘のメモは次の実行で消えます。人が書いたメモは変更しません。',
  gradeFindings: (f: FindingsOutcome) => {
    const n = f.notes;
    const sheet = f.sheetProtected
      ? 'シート「指摘事項」は保護されているため作り直していません。'
      : f.sheetForeign
        ? 'ブックにある「指摘事項」シートは EvalSheet が作ったものではないため、置き換えていません（名前を変えると次の実行で作ります）。'
        : f.count
          ? `シート「指摘事項」に指摘 ${f.count} 件を一覧にしました。`
          : 'シート「指摘事項」：指摘はありません。';
    if (!n) return sheet;
    const notes = `メモ：新しく ${n.written} 件、書き直し ${n.replaced} 件、直った指摘のメモの削除 ${n.removed} 件、そのまま ${n.unchanged} 件。`;
    const skipped = [
      n.personNotes ? `人が書いたメモのあるセル ${n.personNotes} か所には書いていません（そのメモは変更していません）。` : '',
      n.protectedCells ? `保護されたシートのセル ${n.protectedCells} か所には書いていません。` : '',
      n.left ? `保護されたシートの以前のメモ ${n.left} 件はそのままです。` : '',
    ].join('');
    return `${sheet}${notes}${skipped}セルのメモは「元に戻す」では消えません。`;
  },
  gradeNotesRefused:
    'Excel がセルのメモの一部を書き込めませんでした（この Excel では見えないメモがあるセルなど）。評価とシートは書き込み済みです。指摘事項のシートで指摘のセルを確かめてください。',
  rollConfirmTitle: (from: string, to: string) => `${from} から ${to} へ`,
  rollConfirmLine: (n: number, kinds: string) => `${n} 個のセルを書き換えます（${kinds}）。`,
  rollKinds: ROLL_CHANGE.ja as Record<string, string>,
  rollConfirmWarnings: (n: number) => `変更できない箇所などの警告が ${n} 件あります（実行後に一覧に出します）。`,
  rollNewChoice:
    '新しいブックとして作る（おすすめ）：このブックの内容に変更を加えた新しいブックを開きます。このブックは変更しません。新しいブックはまだ保存されていないので、次の年度のファイル名で保存してください。',
  rollOpenChoice:
    'このブックを変更する：開いているブックそのものを書き換えます。「元に戻す」で戻せます。先に「名前を付けて保存」で次の年度のファイル名にしてから実行してください。',
  rollNewUnavailable: (reason: string) => `${reason} このブックを変更することだけができます。`,
  rollToNew: '新しいブックとして作る',
  rollToOpen: 'このブックを変更する',
  rollNewDone: (from: string, to: string, n: number) =>
    `評価対象期間を ${from} から ${to} に進めた新しいブックを開きました（変更 ${n} セル）。新しいブックはまだ保存されていません。「名前を付けて保存」で次の年度のファイル名で保存してください。このブックは変更していません。`,
  rollNotKept: '新しいブックはブック全体を書き直して作ったため、このブックのグラフや図形は引き継がれていません。',
  undoneParts: {
    cells: (n: number) => `セル ${n} 個を元の値に戻しました`,
    sheet: (name: string, n: number) => `シート「${name}」を元の内容（値のあるセル ${n} 個）に戻しました`,
    deleted: (names: string) => `追加されていたシート「${names}」を削除しました`,
  },
  undoneHead: (action: string) => `「${action}」を元に戻しました。`,
  undoneNothing: '元に戻したセルやシートはありません。',
  undoMissing: (names: string) => `シート「${names}」はなくなっていたため、作り直していません`,
  undoRefused: (reason: UndoRefusal) => refusalMessage(reason),
  lastRunSheets: (added: string, replaced: string) =>
    [added && `シート「${added}」を追加`, replaced && `シート「${replaced}」を置き換え`]
      .filter(Boolean)
      .join('、') /** A finding in the pane's words (how to set the period: in the 評価設定 sheet). */,
  finding: (f: Finding) => renderFinding(f, { lang: 'ja', surface: 'excel' }),
  // Usage errors and the review's words, from the engine's catalog (issue 15).
  usage: (u: UsageProblem) => renderUsage(u, { lang: 'ja', surface: 'excel' }),
  status: (s: SubmissionStatus) => renderStatus(s, 'ja'),
  provisional: (status: string) => `${status}（暫定）`,
  provisionalTitle: (detail: string) => `${detail}（暫定：ほかのブックとの照合前）`,
  expectProblem: (p: ExpectedListProblem) => renderExpectedListProblem(p, { lang: 'ja', surface: 'excel' }),
  // Working from a 300–350 px pane (issue 17 item 4).
  clerk: clerkJa,
};

export type Messages = typeof ja;
