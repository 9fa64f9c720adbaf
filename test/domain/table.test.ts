/**
 * The table's layout has one home, functions/store/table.ts: every pk and sk is made there, and
 * the table's definition for every store comes from its description of the indexes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keys, table, tableDefinition } from '../../functions/store/table.ts';
import { projectDir } from '../support/paths.ts';

const layoutFile = 'store/table.ts';
const functionsDir = join(projectDir, 'functions');
const sources = readdirSync(functionsDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file));

/** The fixed partition values of the sparse indexes. */
const partitions = Object.values(table.indexes).flatMap((index) => ('partition' in index ? [index.partition] : []));
/** A key prefix such as 'LOI#' or `SIGNAL#${id}`, or a fixed partition value, written as a literal. */
const keyLiteral = new RegExp(`['"\`]([A-Z][A-Z_]*#|(${partitions.join('|')})['"\`])`);

describe('the keys of the table', () => {
  it('are made in one module only', () => {
    expect(sources).toContain(layoutFile);
    expect(partitions.length).toBe(5);
    const elsewhere = sources
      .filter((file) => file !== layoutFile)
      .flatMap((file) =>
        readFileSync(join(functionsDir, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => (keyLiteral.test(line) ? [`functions/${file}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(elsewhere).toEqual([]);
  });

  it('are found by the search for them', () => {
    expect(keyLiteral.test("const key = { pk: 'LOI#' + id };")).toBe(true);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal, as the search reads it.
    expect(keyLiteral.test('Key: { pk: `SIGNAL#${id}`, sk: "SIGNAL" }')).toBe(true);
    expect(keyLiteral.test("ExpressionAttributeValues: { ':group': 'RETRY' }")).toBe(true);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal, as the search reads it.
    expect(keyLiteral.test('const reference = `${prefix}-${year}`;')).toBe(false);
  });

  it("give one item per pattern, and one partition for a supplier's keys", () => {
    const id = '7f1c0a52-0d3b-4c1e-9a51-2d8f3e6b9c10';
    expect(keys.loi(id)).not.toEqual(keys.signal(id));
    expect(keys.idempotency(id)).not.toEqual(keys.loi(id));
    expect(keys.supplierKey('nordvind', 'ab12').pk).toBe(keys.supplierKeys('nordvind').pk);
    expect(keys.supplierKey('nordvind', 'ab12').sk.startsWith(keys.supplierKeys('nordvind').skPrefix)).toBe(true);
    expect(keys.counter('LOI', 2026)).not.toEqual(keys.counter('BEHOV', 2026));
    expect(keys.counter('LOI', 2026)).not.toEqual(keys.counter('LOI', 2027));
  });
});

describe('the definition of the table', () => {
  const definition = tableDefinition();

  it('has every index with its keys and projection', () => {
    expect(definition.GlobalSecondaryIndexes.map((index) => index.IndexName)).toEqual(
      Object.values(table.indexes).map((index) => index.name),
    );
    expect(definition.GlobalSecondaryIndexes).toContainEqual({
      IndexName: 'expiring-by-time',
      KeySchema: [
        { AttributeName: 'expiryGroup', KeyType: 'HASH' },
        { AttributeName: 'expiresAt', KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'KEYS_ONLY' },
    });
    expect(definition.GlobalSecondaryIndexes).toContainEqual({
      IndexName: 'demand-by-month',
      KeySchema: [
        { AttributeName: 'demandMonth', KeyType: 'HASH' },
        { AttributeName: 'demandAt', KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['demand'] },
    });
  });

  it('defines each key attribute once, with its type', () => {
    const names = definition.AttributeDefinitions.map((a) => a.AttributeName);
    expect(new Set(names).size).toBe(names.length);
    expect(definition.AttributeDefinitions).toContainEqual({ AttributeName: 'pk', AttributeType: 'S' });
    expect(definition.AttributeDefinitions).toContainEqual({ AttributeName: 'expiresAt', AttributeType: 'N' });
    expect(definition.AttributeDefinitions).toContainEqual({ AttributeName: 'retryAt', AttributeType: 'N' });
    expect(definition.AttributeDefinitions).toContainEqual({ AttributeName: 'createdAt', AttributeType: 'S' });
    expect(definition.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
  });
});
