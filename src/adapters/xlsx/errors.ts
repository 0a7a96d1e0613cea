/** An input the command cannot use, with a message that names the file and says why. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}
