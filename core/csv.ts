/**
 * The one CSV writer of the portal (open data files, statistics): RFC 4180 with CRLF line ends,
 * safe to open in a spreadsheet.
 *
 * The quoting is csv-stringify's (a field with a comma, a quote, CR or LF is quoted, quotes
 * doubled). Its `escape_formulas` is the OWASP rule against CSV injection: a text cell that
 * starts with `=`, `+`, `-`, `@`, TAB or CR (or the full-width `＝＋－＠`) gets a leading `'`, so
 * a spreadsheet shows it as text instead of running it as a formula. Numbers are not text: `-1`
 * stays a number.
 */
import { stringify } from 'csv-stringify/sync';

/** A cell: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  /** Columns (by header) whose text is always in quotes, as readers of an earlier format expect. */
  quoted?: readonly string[];
}

/** The header line and one line per row, each ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], { quoted = [] }: CsvOptions = {}): string {
  const quotedColumns = new Set(quoted.map((name) => header.indexOf(name)));
  return stringify(rows as CsvCell[][], {
    columns: [...header],
    header: true,
    record_delimiter: 'windows',
    // With a record delimiter of its own it would quote only that; a lone CR or LF must be quoted too.
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: { string: (value, { index, header: isHeader }) => (!isHeader && quotedColumns.has(index) ? { value, quoted: true } : value) },
  });
}
