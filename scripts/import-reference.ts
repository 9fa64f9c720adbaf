/**
 * Converts the reference data in ../shared/data (CSV and GeoJSON as published) into
 * content/referens/, in the JSON shape the site and the functions import.
 * Run it again when the sources are refreshed: `npm run import:reference -- ../shared/data`.
 */
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const sourceDir = resolve(process.argv[2] ?? '../shared/data');
const targetDir = resolve('content/referens');

/** RFC 4180 CSV: fields may be quoted, and quoted fields may hold commas and doubled quotes. */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

function readCsv(file: string): Record<string, string>[] {
  const [header = [], ...rows] = readFileSync(join(sourceDir, file), 'utf8').trim().split('\n').map(parseCsvLine);
  return rows.map((cells) => Object.fromEntries(header.map((column, i) => [column, cells[i] ?? ''])));
}

function writeJson(file: string, value: unknown) {
  writeFileSync(join(targetDir, file), `${JSON.stringify(value, null, 1)}\n`);
}

const faOfKommun = new Map(readCsv('fa-regioner.csv').map((r) => [r.kommunkod, r]));
// In Swedish alphabetical order (Å, Ä, Ö last): every list of kommuner reads that way as it is, and
// a page's script need not load Swedish collation to sort them, which costs a phone ~0.1 s.
const swedishOrder = new Intl.Collator('sv');
const kommuner = readCsv('kommuner.csv')
  .map((r) => {
    const fa = faOfKommun.get(r.kommunkod);
    if (!fa) throw new Error(`kommun ${r.kommunkod} has no FA-region`);
    return { kod: r.kommunkod, namn: r.kommun_namn, lanskod: r.lanskod, lan: r.lan_namn, fa: fa.fa_code };
  })
  .sort((a, b) => swedishOrder.compare(a.namn!, b.namn!));
const faNames = new Map(readCsv('fa-regioner.csv').map((r) => [r.fa_code, r.fa_name]));
const faRegioner = [...faNames].sort(([a], [b]) => a!.localeCompare(b!)).map(([kod, namn]) => ({ kod, namn }));

const ssyk = readCsv('ssyk2012.csv').map((r) => ({ kod: r.ssyk_code, namn: r.ssyk_name, jobtech: r.jobtech_ssyk_code || null }));

const yrkesbenamningar = readCsv('jobtech-occupation-names.csv').map((r) => ({
  id: r.occupation_name_concept_id,
  namn: r.occupation_name,
  ssyk: r.jobtech_ssyk_code,
}));

writeJson('kommuner.json', kommuner);
writeJson('fa-regioner.json', faRegioner);
writeJson('ssyk2012.json', ssyk);
writeJson('yrkesbenamningar.json', yrkesbenamningar);
for (const file of ['fa-regioner.geojson', 'kommuner.geojson', 'SOURCES.md']) {
  copyFileSync(join(sourceDir, file), join(targetDir, file));
  chmodSync(join(targetDir, file), 0o644);
}
console.log(
  `${kommuner.length} kommuner, ${faRegioner.length} FA-regioner, ${ssyk.length} SSYK-grupper, ${yrkesbenamningar.length} yrkesbenämningar → ${targetDir}`,
);
