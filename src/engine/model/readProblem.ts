/**
 * Why a file cannot be read as a workbook, as data (code and params, nothing in words), and its
 * words in Japanese and English: what the readers (adapters/xlsx) refuse, and what the review's
 * isolation adds (a worker out of memory, past its time limit, or ended). The command line's
 * message for one file is `file: ` and the Japanese; the review's 読込不可 finding names the file
 * and gives the reason in the reader's language.
 */
import { num } from './figures';
import { JA_EXCEL, type Lang, type RenderOptions, type Texts } from './renderOptions';

export type ReadProblem =
  // The file itself (the file system).
  | { variant: 'not-found' }
  | { variant: 'no-permission' }
  | { variant: 'busy' }
  | { variant: 'io'; code: string | null }
  | { variant: 'folder' }
  | { variant: 'not-regular'; kind: 'fifo' | 'device' | 'socket' | 'other' }
  | { variant: 'file-too-large'; size: number; limit: number }
  // What the bytes are.
  | { variant: 'empty' }
  | { variant: 'encrypted' }
  | { variant: 'xls' }
  | { variant: 'xls-not-binary' }
  | { variant: 'compound-unknown' }
  | { variant: 'text' }
  | { variant: 'not-xlsx' }
  | { variant: 'not-a-workbook'; kind: 'word' | 'powerpoint' | 'old-word' | 'old-powerpoint' | null }
  | { variant: 'damaged' }
  | { variant: 'damaged-part'; part: string; damage: PartDamage }
  | { variant: 'too-large'; what: 'bytes' | 'entries' | 'merges' | 'mergedCells'; part: string; size: number | null; limit: number }
  // The review's isolation (the command line's worker threads).
  | { variant: 'out-of-memory' }
  | { variant: 'timeout'; ms: number }
  | { variant: 'crashed'; exitCode: number | null }
  | { variant: 'not-sent' }
  /** Something the readers did not foresee; `detail` only when asked for (EVALSHEET_DEBUG). */
  | { variant: 'unexpected'; detail: string | null };

export type ReadProblemVariant = ReadProblem['variant'];

/** What is wrong with a part of the package (the direct reader's checks). */
export type PartDamage =
  | { kind: 'strings-cut' | 'dtd' | 'not-xml' | 'empty' | 'no-end' | 'cells-cut' | 'sheet-unnamed' }
  | { kind: 'cell-too-long'; cell: string | null; length: number }
  | { kind: 'shared-string-missing'; cell: string | null; index: string }
  | { kind: 'sheet-name-twice' | 'sheet-missing'; name: string };

const MiB = 1 << 20;
/** Bytes as the messages show them: 12.3 MB, 150 MB. */
const mib = (n: number): string => `${(n / MiB).toFixed(n < 10 * MiB ? 1 : 0)} MB`;
const count = (n: number | null, lang: Lang) => (n === null ? null : num(n, lang));
const seconds = (ms: number, lang: Lang) =>
  ms >= 1000 ? `${Math.round(ms / 100) / 10}${lang === 'ja' ? '秒' : ' s'}` : `${ms}${lang === 'ja' ? 'ミリ秒' : ' ms'}`;

const SAVE_AS_XLSX = 'Excelで開き、「名前を付けて保存」で「Excel ブック (*.xlsx)」を選んで保存し直してください。';
const RETRY = '元のファイルをもう一度コピーするか、作成した人にExcelで保存し直してもらってから指定してください。';
const SAVE_AS_XLSX_EN = 'Open it in Excel and save it again with Save As, choosing "Excel Workbook (*.xlsx)".';
const RETRY_EN = 'Copy the original file again, or have whoever made it save it again in Excel, and then give it again.';

function damageJa(d: PartDamage): string {
  switch (d.kind) {
    case 'strings-cut':
      return '文字列の記述が途中で切れています';
    case 'dtd':
      return 'DTD（<!DOCTYPE>）が含まれています。Excelが書くブックにはないもので、読み取りません';
    case 'not-xml':
      return 'XMLとして読み取れません';
    case 'empty':
      return '中身が空です';
    case 'no-end':
      return '終わりの部分がありません。途中で切れているか、書き換えられています';
    case 'cells-cut':
      return 'セルの記述が途中で切れています';
    case 'sheet-unnamed':
      return '名前のないシートがあります';
    case 'cell-too-long':
      return `セル ${d.cell} の文字数（${num(d.length, 'en')}字）がExcelの上限（32,767字）を超えています`;
    case 'shared-string-missing':
      return `セル ${d.cell} が指す共有文字列（${d.index}番）がありません`;
    case 'sheet-name-twice':
      return `シート名「${d.name}」が2つあります`;
    case 'sheet-missing':
      return `シート「${d.name}」の中身がブックにありません`;
  }
}

function damageEn(d: PartDamage): string {
  switch (d.kind) {
    case 'strings-cut':
      return 'its strings are cut short';
    case 'dtd':
      return 'it holds a DTD (<!DOCTYPE>), which Excel never writes, and is not read';
    case 'not-xml':
      return 'it cannot be read as XML';
    case 'empty':
      return 'it is empty';
    case 'no-end':
      return 'its end is missing: it was cut short or rewritten';
    case 'cells-cut':
      return 'its cells are cut short';
    case 'sheet-unnamed':
      return 'a sheet has no name';
    case 'cell-too-long':
      return `cell ${d.cell} holds ${num(d.length, 'en')} characters, past Excel's limit of 32,767`;
    case 'shared-string-missing':
      return `the shared string ${d.index} that cell ${d.cell} points to is missing`;
    case 'sheet-name-twice':
      return `the sheet name "${d.name}" is there twice`;
    case 'sheet-missing':
      return `the content of sheet "${d.name}" is not in the workbook`;
  }
}

const NOT_REGULAR_JA = { fifo: '名前付きパイプ', device: 'デバイス', socket: 'ソケット', other: '特殊なファイル' };
const NOT_A_WORKBOOK_JA = {
  word: '（Wordの文書です）',
  powerpoint: '（PowerPointの資料です）',
  'old-word': '（古い形式のWord文書です）',
  'old-powerpoint': '（古い形式のPowerPoint資料です）',
};
const NOT_A_WORKBOOK_EN = {
  word: ' (it is a Word document)',
  powerpoint: ' (it is a PowerPoint presentation)',
  'old-word': ' (it is an old Word document)',
  'old-powerpoint': ' (it is an old PowerPoint presentation)',
};

function tooLargeJa(p: Extract<ReadProblem, { variant: 'too-large' }>): string {
  if (p.what === 'merges')
    return `シート（${p.part}）の結合セルが多すぎます（${count(p.size, 'en') ?? '上限超'}個、上限 ${num(p.limit, 'en')}個）。読み取りを中止しました。結合を減らして保存し直してください。`;
  if (p.what === 'mergedCells')
    return `結合セルの範囲が大きすぎるため（シート ${p.part}、合わせて ${count(p.size, 'en')}セル、上限 ${num(p.limit, 'en')}セル）、この形式のブックは読み取れません。シート全体にかかる結合を解除して保存し直してください。`;
  if (p.what === 'entries')
    return `ブックの中の部品が多すぎます（${count(p.size, 'en')}個、上限 ${num(p.limit, 'en')}個）。Excelで作られたブックではないようです。読み取りを中止しました。`;
  const what = p.part ? `部品「${p.part}」を展開すると` : 'ブック全体を展開すると';
  return `ブックが大きすぎます（${what}${p.size ? ` ${mib(p.size)}` : ''}、上限 ${mib(p.limit)}を超えます）。読み取りを中止しました。不要なシートや画像を削除して保存し直したブックを指定してください。`;
}

function tooLargeEn(p: Extract<ReadProblem, { variant: 'too-large' }>): string {
  if (p.what === 'merges')
    return `Sheet ${p.part} has too many merged areas (${count(p.size, 'en') ?? 'over the limit'}; the limit is ${num(p.limit, 'en')}). Reading was stopped. Merge fewer cells and save it again.`;
  if (p.what === 'mergedCells')
    return `Its merged areas are too large (sheet ${p.part}, ${count(p.size, 'en')} cells in all; the limit is ${num(p.limit, 'en')}), so a workbook of this form cannot be read. Unmerge the areas that span the whole sheet and save it again.`;
  if (p.what === 'entries')
    return `The workbook holds too many parts (${count(p.size, 'en')}; the limit is ${num(p.limit, 'en')}). It does not seem to be made by Excel. Reading was stopped.`;
  const what = p.part ? `part "${p.part}"` : 'the whole workbook';
  return `The workbook is too large (${what}${p.size ? `, ${mib(p.size)},` : ''} inflates past the limit of ${mib(p.limit)}). Reading was stopped. Delete the sheets and pictures not needed, save it again and give that workbook.`;
}

function readProblemJa(p: ReadProblem): string {
  switch (p.variant) {
    case 'not-found':
      return 'ファイルが見つかりません。パスを確認してください。';
    case 'no-permission':
      return '読み取る権限がありません。';
    case 'busy':
      return '他のプログラムが使用中です。Excelで開いている場合は閉じてください。';
    case 'io':
      return `読み取れません（${p.code ?? '原因不明のエラー'}）。パスと、ファイルを開く権限を確認してください。`;
    case 'folder':
      return 'フォルダーです。ブック（.xlsx）を指定してください。';
    case 'not-regular':
      return `通常のファイルではありません（${NOT_REGULAR_JA[p.kind]}）。読み取りません。ブック（.xlsx）のファイルを指定してください。`;
    case 'file-too-large':
      return `ファイルが大きすぎます（${mib(p.size)}、上限 ${mib(p.limit)}）。読み取りません。不要なシートや画像を削除して保存し直したブックを指定してください。`;
    case 'empty':
      return 'ファイルが空です（0バイト）。保存し直したブックを指定してください。';
    case 'encrypted':
      return 'パスワードで保護（暗号化）されたブックのため読み取れません。Excelで開き、「ファイル」→「情報」→「ブックの保護」→「パスワードを使用して暗号化」でパスワードを消して保存し直してから指定してください。';
    case 'xls':
      return `古い形式（.xls、Excel 97-2003）のブックです。${SAVE_AS_XLSX}`;
    case 'xls-not-binary':
      return '古い形式（.xls）のブックです。Excelで開き「名前を付けて保存」で「Excel ブック (*.xlsx)」を選んで保存し直してください。';
    case 'compound-unknown':
      return '古い形式（.xls）のブックか、パスワードで保護されたブックのようですが、中身を確認できませんでした（壊れている可能性があります）。Excelで開けるか確かめ、パスワードがあれば解除して「Excel ブック (*.xlsx)」形式で保存し直してください。';
    case 'text':
      return '中身がテキスト（CSVなど）で、Excelブック（.xlsx）ではありません。Excelで開いて .xlsx 形式で保存し直してください。';
    case 'not-xlsx':
      return 'Excelブック（.xlsx）として読み取れません。ファイルが壊れていないか確認してください。';
    case 'not-a-workbook':
      return `Excelブックではありません${p.kind ? NOT_A_WORKBOOK_JA[p.kind] : ''}。`;
    case 'damaged':
      return `ファイルが途中で切れているか、壊れています。${RETRY}`;
    case 'damaged-part':
      return `ブックの一部（${p.part}）が壊れているため読み取れません（${damageJa(p.damage)}）。${RETRY}`;
    case 'too-large':
      return tooLargeJa(p);
    case 'out-of-memory':
      return '読み取り中にメモリの上限を超えました。ファイルが大きすぎるか、壊れているおそれがあります。';
    case 'timeout':
      return `時間がかかりすぎたため中止しました（${seconds(p.ms, 'ja')}を超えました）。ファイルが大きすぎるか、壊れているおそれがあります。`;
    case 'crashed':
      return `読み取り処理が途中で異常終了しました${p.exitCode === null ? '' : `（終了コード ${p.exitCode}）`}。ファイルが壊れているおそれがあります。`;
    case 'not-sent':
      return '読み取った結果を受け渡せませんでした。ファイルが壊れているおそれがあります。';
    case 'unexpected':
      return `読み取り中に予期しないエラーが発生しました${p.detail ? `（${p.detail}）` : ''}。ファイルが壊れているおそれがあります。Excelで開いて保存し直してから、もう一度提出してもらってください。`;
  }
}

function readProblemEn(p: ReadProblem): string {
  switch (p.variant) {
    case 'not-found':
      return 'The file was not found. Check the path.';
    case 'no-permission':
      return 'There is no permission to read it.';
    case 'busy':
      return 'Another program is using it. If it is open in Excel, close it.';
    case 'io':
      return `It cannot be read (${p.code ?? 'unknown error'}). Check the path and the permission to open the file.`;
    case 'folder':
      return 'It is a folder. Give a workbook (.xlsx).';
    case 'not-regular':
      return `It is not a regular file (${p.kind === 'fifo' ? 'a named pipe' : p.kind === 'other' ? 'a special file' : `a ${p.kind}`}) and is not read. Give a workbook (.xlsx) file.`;
    case 'file-too-large':
      return `The file is too large (${mib(p.size)}; the limit is ${mib(p.limit)}) and is not read. Delete the sheets and pictures not needed, save it again and give that workbook.`;
    case 'empty':
      return 'The file is empty (0 bytes). Give a workbook saved again.';
    case 'encrypted':
      return 'The workbook is protected by a password (encrypted) and cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password), save it and give it again.';
    case 'xls':
      return `It is a workbook in the old format (.xls, Excel 97-2003). ${SAVE_AS_XLSX_EN}`;
    case 'xls-not-binary':
      return `It is a workbook in the old format (.xls). ${SAVE_AS_XLSX_EN}`;
    case 'compound-unknown':
      return 'It looks like an old .xls workbook or one protected by a password, but its content could not be checked (it may be damaged). Check that Excel opens it, remove any password and save it again as "Excel Workbook (*.xlsx)".';
    case 'text':
      return 'Its content is text (a CSV or the like), not an Excel workbook (.xlsx). Open it in Excel and save it again as .xlsx.';
    case 'not-xlsx':
      return 'It cannot be read as an Excel workbook (.xlsx). Check that the file is not damaged.';
    case 'not-a-workbook':
      return `It is not an Excel workbook${p.kind ? NOT_A_WORKBOOK_EN[p.kind] : ''}.`;
    case 'damaged':
      return `The file is cut short or damaged. ${RETRY_EN}`;
    case 'damaged-part':
      return `A part of the workbook (${p.part}) is damaged, so it cannot be read (${damageEn(p.damage)}). ${RETRY_EN}`;
    case 'too-large':
      return tooLargeEn(p);
    case 'out-of-memory':
      return 'Reading it went past the memory limit. The file may be too large or damaged.';
    case 'timeout':
      return `Reading it took too long and was stopped (over ${seconds(p.ms, 'en')}). The file may be too large or damaged.`;
    case 'crashed':
      return `The reading stopped abnormally${p.exitCode === null ? '' : ` (exit code ${p.exitCode})`}. The file may be damaged.`;
    case 'not-sent':
      return 'What was read could not be passed on. The file may be damaged.';
    case 'unexpected':
      return `An unexpected error occurred while reading it${p.detail ? ` (${p.detail})` : ''}. The file may be damaged. Ask for it to be opened in Excel, saved again and sent again.`;
  }
}

export const READ_PROBLEM_TEXT: Texts<ReadProblem> = { ja: readProblemJa, en: readProblemEn };

/** Why the file cannot be read, in a language (without the file's name). */
export function renderReadProblem(p: ReadProblem, o: RenderOptions = JA_EXCEL): string {
  return READ_PROBLEM_TEXT[o.lang](p, o);
}
