import type { QueryRunner } from 'typeorm';

export type SqlValue = string | number | null;

/** SQLite refuses statements with more bound parameters than this (SQLITE_MAX_VARIABLE_NUMBER). */
const MAX_PARAMS = 32_766;
/** Beyond a couple of thousand rows a statement gets no faster, only its SQL text longer. */
const MAX_ROWS = 2_000;

/**
 * Buffers the rows of one table and writes them as multi-row INSERTs: one statement per batch
 * instead of one per row is what lets a million rows load in seconds through the sqlite3
 * driver. Batches stay under SQLite's parameter limit.
 */
export class BulkInsert {
  private readonly rowsPerBatch: number;
  private readonly head: string;
  private readonly tuple: string;
  private readonly fullSql: string;
  private buffer: SqlValue[] = [];
  private buffered = 0;
  written = 0;

  constructor(
    private readonly runner: QueryRunner,
    readonly table: string,
    readonly columns: readonly string[],
  ) {
    this.rowsPerBatch = Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / columns.length));
    this.head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
    this.tuple = `(${columns.map(() => '?').join(',')})`;
    this.fullSql = this.sql(this.rowsPerBatch);
  }

  private sql(rows: number) {
    return this.head + Array(rows).fill(this.tuple).join(',');
  }

  /** Queues one row (values in column order); writes a batch when one is full. */
  async add(...values: SqlValue[]): Promise<void> {
    if (values.length !== this.columns.length) {
      throw new Error(`${this.table}: ${values.length} values for ${this.columns.length} columns`);
    }
    for (const value of values) this.buffer.push(value);
    if (++this.buffered === this.rowsPerBatch) await this.flush();
  }

  /** Writes whatever is queued. */
  async flush(): Promise<void> {
    if (!this.buffered) return;
    const sql = this.buffered === this.rowsPerBatch ? this.fullSql : this.sql(this.buffered);
    const params = this.buffer;
    this.written += this.buffered;
    this.buffer = [];
    this.buffered = 0;
    await this.runner.query(sql, params);
  }
}

/** Every bulk writer of one load, so a phase can flush them all before it commits. */
export class BulkLoader {
  private readonly writers = new Map<string, BulkInsert>();

  constructor(readonly runner: QueryRunner) {}

  /** The writer of a table; the columns must be the same every time it is asked for. */
  table(table: string, columns: readonly string[]): BulkInsert {
    let writer = this.writers.get(table);
    if (!writer) {
      writer = new BulkInsert(this.runner, table, columns);
      this.writers.set(table, writer);
    }
    return writer;
  }

  async flushAll(): Promise<void> {
    for (const writer of this.writers.values()) await writer.flush();
  }

  /** Runs one phase of the load in its own transaction, flushing every writer before commit. */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.runner.startTransaction();
    try {
      const result = await work();
      await this.flushAll();
      await this.runner.commitTransaction();
      return result;
    } catch (error) {
      await this.runner.rollbackTransaction();
      throw error;
    }
  }
}
