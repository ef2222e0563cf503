/**
 * One error type for everything a person can act on. The CLI prints `message` (and `hint`)
 * without a stack trace; stack traces only with --debug. Exit codes: 1 data/config, 2 usage.
 */
export type ExitCode = 1 | 2;

export class CliError extends Error {
  readonly exitCode: ExitCode;
  readonly hint?: string;
  constructor(message: string, options: { exitCode?: ExitCode; hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'CliError';
    this.exitCode = options.exitCode ?? 1;
    this.hint = options.hint;
  }
}
