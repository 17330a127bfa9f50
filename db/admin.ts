import postgres from 'postgres';

/** Replaces the database name in a connection URL. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

async function withMaintenance<T>(url: string, run: (sql: postgres.Sql) => Promise<T>) {
  const sql = postgres(withDatabase(url, 'postgres'), { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function createDatabaseIfMissing(url: string): Promise<void> {
  const name = databaseName(url);
  await withMaintenance(url, async (sql) => {
    const [row] = await sql`select 1 as present from pg_database where datname = ${name}`;
    if (!row) await sql.unsafe(`create database "${name.replaceAll('"', '""')}"`);
  });
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withMaintenance(url, (sql) =>
    sql.unsafe(`drop database if exists "${name.replaceAll('"', '""')}" with (force)`),
  );
}
