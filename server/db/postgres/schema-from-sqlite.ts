/**
 * Writes the PostgreSQL schema (drizzle pg-core source) from the one schema in server/db/schema.ts,
 * so both databases' migrations come from the same table definitions: a column, index or key is
 * declared once, for SQLite, and its PostgreSQL form follows from these rules:
 *
 * - SQLite integers are 64-bit, so every integer column is a `bigint` read as a JavaScript number;
 *   an auto-increment primary key becomes an identity column.
 * - Boolean-mode integers become `boolean`.
 * - SQL written for SQLite (a default, a partial index's condition) is translated by the table
 *   below; SQL it does not know stops the generation, so nothing SQLite-only reaches PostgreSQL
 *   unnoticed.
 *
 * Hand-written SQL of the SQLite migrations (full-text search, tallies, triggers) has its own
 * PostgreSQL form in the PostgreSQL migrations; it is not part of the drizzle schema on either side.
 */
import { getTableColumns, is, SQL, StringChunk, type Column } from 'drizzle-orm';
import { getTableConfig, SQLiteTable, type SQLiteColumn } from 'drizzle-orm/sqlite-core';

/** SQLite SQL fragments of the schema and their PostgreSQL forms. */
const SQL_TRANSLATIONS: Record<string, string> = {
  // An ISO 8601 UTC time with milliseconds, the form every time column holds.
  "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))": `to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  'active = 1': 'active = true',
  'file_id IS NOT NULL': 'file_id IS NOT NULL',
  'identified_person_key IS NOT NULL': 'identified_person_key IS NOT NULL',
  'acting_for_business_id IS NOT NULL': 'acting_for_business_id IS NOT NULL',
  'secret IS NOT NULL': 'secret IS NOT NULL',
  "status = 'pending'": "status = 'pending'",
};

function sqlText(fragment: SQL): string {
  return fragment.queryChunks
    .map((chunk) => {
      if (is(chunk, StringChunk)) return chunk.value.join('');
      if (typeof chunk === 'object' && chunk !== null && 'name' in chunk) return String((chunk as Column).name);
      throw new Error(`schema SQL with a parameter cannot be translated: ${JSON.stringify(chunk)}`);
    })
    .join('');
}

function translated(fragment: SQL, where: string): string {
  const text = sqlText(fragment);
  const pg = SQL_TRANSLATIONS[text];
  if (pg === undefined) throw new Error(`${where}: no PostgreSQL form for the SQLite SQL ${JSON.stringify(text)}; add it to SQL_TRANSLATIONS`);
  return pg;
}

/** A template literal holding `text` for drizzle's sql`…`. */
const sqlLiteral = (text: string) => `sql\`${text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;

function keyOf(table: SQLiteTable, column: Column): string {
  const found = Object.entries(getTableColumns(table)).find(([, c]) => c === column);
  if (!found) throw new Error(`column ${column.name} is not in table ${getTableConfig(table).name}`);
  return found[0];
}

interface Named {
  exportName: string;
  table: SQLiteTable;
}

function columnSource(column: SQLiteColumn, tableName: string): { source: string; imports: string[] } {
  const where = `${tableName}.${column.name}`;
  const imports: string[] = [];
  let source: string;
  switch (column.columnType) {
    case 'SQLiteText':
      imports.push('text');
      source = `text('${column.name}')`;
      break;
    case 'SQLiteBoolean':
      imports.push('boolean');
      source = `boolean('${column.name}')`;
      break;
    case 'SQLiteInteger':
      imports.push('bigint');
      source = `bigint('${column.name}', { mode: 'number' })`;
      break;
    default:
      throw new Error(`${where}: no PostgreSQL type for ${column.columnType}`);
  }
  if (column.primary) source += '.primaryKey()';
  if ('autoIncrement' in column && column.autoIncrement) source += '.generatedByDefaultAsIdentity()';
  if (column.notNull && !column.primary) source += '.notNull()';
  if (column.hasDefault && column.default !== undefined) {
    if (is(column.default, SQL)) source += `.default(${sqlLiteral(translated(column.default, where))})`;
    else source += `.default(${JSON.stringify(column.default)})`;
  }
  if (column.isUnique) source += column.uniqueName ? `.unique('${column.uniqueName}')` : '.unique()';
  return { source, imports };
}

/** The pg-core source of every table the SQLite schema module exports. */
export function postgresSchemaSource(schemaModule: Record<string, unknown>): string {
  const tables: Named[] = Object.entries(schemaModule)
    .filter((entry): entry is [string, SQLiteTable] => is(entry[1], SQLiteTable))
    .map(([exportName, table]) => ({ exportName, table }))
    // By name: a module namespace's order differs between loaders (Node's is sorted, a bundler's is declaration order).
    .sort((a, b) => (a.exportName < b.exportName ? -1 : 1));
  const exportOf = (t: SQLiteTable) => {
    const found = tables.find((n) => n.table === t);
    if (!found) throw new Error(`a foreign key names a table the schema does not export: ${getTableConfig(t).name}`);
    return found.exportName;
  };
  const imports = new Set<string>(['pgTable']);
  let usesSql = false;
  const blocks: string[] = [];

  for (const { exportName, table } of tables) {
    const config = getTableConfig(table);
    const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
    // Single-column foreign keys sit on their column (lazily, so a table may name one declared later).
    const inlineReferences = new Map<string, string>();
    const tableForeignKeys: string[] = [];
    for (const fk of config.foreignKeys) {
      const ref = fk.reference();
      const foreign = ref.foreignTable as SQLiteTable;
      const options = fk.onDelete && fk.onDelete !== 'no action' ? `, { onDelete: '${fk.onDelete}' }` : '';
      if (ref.columns.length === 1) {
        inlineReferences.set(keyOf(table, ref.columns[0]), `.references(() => ${exportOf(foreign)}.${keyOf(foreign, ref.foreignColumns[0])}${options})`);
      } else {
        imports.add('foreignKey');
        const cols = ref.columns.map((c) => `t.${keyOf(table, c)}`).join(', ');
        const fcols = ref.foreignColumns.map((c) => `${exportOf(foreign)}.${keyOf(foreign, c)}`).join(', ');
        tableForeignKeys.push(`foreignKey({ columns: [${cols}], foreignColumns: [${fcols}] })${fk.onDelete && fk.onDelete !== 'no action' ? `.onDelete('${fk.onDelete}')` : ''}`);
      }
    }
    const columnLines = Object.entries(columns).map(([key, column]) => {
      const { source, imports: needed } = columnSource(column, config.name);
      needed.forEach((i) => imports.add(i));
      if (source.includes('sql`')) usesSql = true;
      return `  ${key}: ${source}${inlineReferences.get(key) ?? ''},`;
    });
    const extras: string[] = [...tableForeignKeys];
    for (const pk of config.primaryKeys) {
      imports.add('primaryKey');
      extras.push(`primaryKey({ columns: [${pk.columns.map((c) => `t.${keyOf(table, c)}`).join(', ')}] })`);
    }
    for (const unique of config.uniqueConstraints) {
      imports.add('unique');
      extras.push(`unique(${unique.name ? `'${unique.name}'` : ''}).on(${unique.columns.map((c) => `t.${keyOf(table, c)}`).join(', ')})`);
    }
    for (const { config: index } of config.indexes) {
      const kind = index.unique ? 'uniqueIndex' : 'index';
      imports.add(kind);
      const on = index.columns.map((c) => {
        if (is(c, SQL)) throw new Error(`${config.name}.${index.name}: an index on an expression needs its PostgreSQL form written by hand`);
        return `t.${keyOf(table, c as Column)}`;
      });
      let line = `${kind}('${index.name}').on(${on.join(', ')})`;
      if (index.where) {
        usesSql = true;
        line += `.where(${sqlLiteral(translated(index.where, `${config.name}.${index.name}`))})`;
      }
      extras.push(line);
    }
    if (config.checks.length > 0) throw new Error(`${config.name}: check constraints need a rule here`);
    const extraSource = extras.length ? `,\n  (t) => [\n${extras.map((e) => `    ${e},`).join('\n')}\n  ]` : '';
    blocks.push(`export const ${exportName} = pgTable(\n  '${config.name}',\n  {\n${columnLines.map((l) => `  ${l}`).join('\n')}\n  }${extraSource},\n);`);
  }

  const header = [
    '// Generated by server/db/postgres/write-schema.ts from server/db/schema.ts: do not edit; change',
    '// server/db/schema.ts and run `npm run db:generate`. test/server/postgres-schema.test.ts keeps it so.',
    ...(usesSql ? ["import { sql } from 'drizzle-orm';"] : []),
    `import { ${[...imports].sort().join(', ')} } from 'drizzle-orm/pg-core';`,
  ];
  return `${header.join('\n')}\n\n${blocks.join('\n\n')}\n`;
}
