/** A problem found in the inputs: one line of the data-quality report. */
export type Severity = 'error' | 'warning';

export interface Problem {
  file: string;
  /** Line in the file (1 = header); null when the problem is not on one line. */
  line: number | null;
  severity: Severity;
  /** Stable name of the check, e.g. `duplicate-member`. */
  code: string;
  message: string;
  hint: string;
}

export const problem = (
  file: string,
  line: number | null,
  severity: Severity,
  code: string,
  message: string,
  hint: string,
): Problem => ({
  file,
  line,
  severity,
  code,
  message,
  hint,
});
