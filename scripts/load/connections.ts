/**
 * Which DuckDB instance a connection belongs to, so that work can be spread over more connections
 * to the same database. Types only from DuckDB: modules the render workers load may import this.
 */
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

const instances = new WeakMap<DuckDBConnection, DuckDBInstance>();

export function registerInstance(db: DuckDBConnection, instance: DuckDBInstance): void {
  instances.set(db, instance);
}

export function instanceOf(db: DuckDBConnection): DuckDBInstance | undefined {
  return instances.get(db);
}

/**
 * Runs `tasks` at once, each on its own connection to `db`'s database, so that several small
 * queries fill both cores together; in turn on `db` itself for a database not registered here.
 */
export async function runConcurrently<T extends unknown[]>(
  db: DuckDBConnection,
  tasks: { [K in keyof T]: (connection: DuckDBConnection) => Promise<T[K]> },
): Promise<T> {
  const instance = instances.get(db);
  if (!instance) {
    const results: unknown[] = [];
    for (const task of tasks) results.push(await task(db));
    return results as T;
  }
  // Every task ends before one's failure is passed on: no query is left running on a database the
  // caller may close next.
  const settled = await Promise.allSettled(
    (tasks as ((connection: DuckDBConnection) => Promise<unknown>)[]).map(async (task) => {
      const connection = await instance.connect();
      registerInstance(connection, instance); // a task may spread its own work in turn
      try {
        return await task(connection);
      } finally {
        connection.closeSync();
      }
    }),
  );
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as T;
}
