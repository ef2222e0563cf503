/** The CLI's error type lives on the ground floor (scripts/core/errors.ts); re-exported for the stages that import it from here. */
export { CliError, type ExitCode } from '../core/errors.ts';
