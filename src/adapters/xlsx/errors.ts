import { renderReadProblem, type ReadProblem } from '../../engine/model/readProblem';
import { JA_CLI } from '../../engine/model/renderOptions';

/** An input the command cannot use, with a message that names the file and says why. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
    /** Why a file cannot be read as a workbook, as data (the review renders it in its reader's language). */
    readonly problem?: ReadProblem,
  ) {
    super(message);
  }
}

/** A file that cannot be read as a workbook: `file: ` and why, in Japanese. */
export const unreadable = (file: string, problem: ReadProblem): InputError => new InputError(file, `${file}: ${renderReadProblem(problem, JA_CLI)}`, problem);
