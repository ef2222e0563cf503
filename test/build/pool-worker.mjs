// A pool worker for pool.test.ts: each task says how many of the earlier tasks' immediates ran.
let immediates = 0;
export default function task() {
  const seen = immediates;
  setImmediate(() => immediates++);
  return seen;
}
