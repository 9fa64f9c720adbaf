import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../support/fuzz.ts';
import { toCsv, type CsvCell } from '../../core/csv.ts';

// As a spreadsheet reads it: a CR or LF outside quotes ends a record, so each must be in a quoted field.
const read = (csv: string): string[][] => parse(csv, { record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true });

/** What a spreadsheet user gets back from a cell. */
const expected = (cell: CsvCell) => {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) ? `'${cell}` : cell;
};

// Text that is likely to hit every rule: separators, quotes, line ends and formula starts.
const text = fc.string({ unit: fc.constantFrom('a', 'ö', ' ', ',', '"', "'", '\r', '\n', '\t', '=', '+', '-', '@', '＝', '1') });
const cell: fc.Arbitrary<CsvCell> = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.constant(null), fc.constant(undefined));

describe('the CSV writer', () => {
  it('gives back every cell, formula starts defused, and ends every line with CRLF', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 6 })
          .chain((width) =>
            fc.tuple(
              fc.array(fc.stringMatching(/^[a-z_]{1,10}$/), { minLength: width, maxLength: width }),
              fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
            ),
          ),
        ([header, rows]) => {
          const csv = toCsv(header, rows);
          expect(csv.endsWith('\r\n')).toBe(true);
          // Outside quoted fields, CR and LF come only as CRLF.
          expect(csv.replace(/"(?:[^"]|"")*"/g, '""')).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
          expect(read(csv)).toEqual([header, ...rows.map((row) => row.map(expected))]);
        },
      ),
      { numRuns: fuzzRuns(100) },
    );
  });

  it('quotes fields with a comma, a quote, CR or LF and doubles quotes, nothing else', () => {
    expect(toCsv(['a', 'b', 'c', 'd', 'e'], [['x,y', 'sa "hej"', 'rad\nrad', 'cr\rhär', 'vanlig text']])).toBe(
      'a,b,c,d,e\r\n"x,y","sa ""hej""","rad\nrad","cr\rhär",vanlig text\r\n',
    );
  });

  it('defuses text that a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(toCsv(['a', 'b', 'c', 'd', 'e', 'f', 'g'], [['=SUM(A1)', '+46', '-1', '@cmd', '\tx', -1, 2.5]])).toBe(
      "a,b,c,d,e,f,g\r\n'=SUM(A1),'+46,'-1,'@cmd,'\tx,-1,2.5\r\n",
    );
  });

  it('quotes the text of the columns asked for, but not their header or an empty cell', () => {
    expect(
      toCsv(
        ['kod', 'namn'],
        [
          ['23', 'Stockholm'],
          ['alla', ''],
        ],
        { quoted: ['namn'] },
      ),
    ).toBe('kod,namn\r\n23,"Stockholm"\r\nalla,\r\n');
  });

  it('writes the header alone when there are no rows', () => {
    expect(toCsv(['kod', 'namn'], [])).toBe('kod,namn\r\n');
  });
});
