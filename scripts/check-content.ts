/**
 * `npm run check:content`: validates the catalogue as the build does and lists entries not
 * reviewed for twelve months. Errors fail (exit 1); stale entries are warnings only.
 */
import { formatProblem, loadCatalogue, staleEntries, staleWarning } from '../core/catalogue/load.ts';

const { catalogue, problems } = loadCatalogue();
const stale = staleEntries(catalogue);

for (const entry of stale) console.warn(`Varning: ${staleWarning(entry)}`);
if (problems.length > 0) {
  console.error(`\nKatalogen har ${problems.length} fel som måste rättas:`);
  for (const problem of problems) console.error(`  • ${formatProblem(problem)}`);
  process.exit(1);
}
console.log(
  `Katalogen är giltig: ${catalogue.insatser.length} insatser, ${catalogue.leverantorer.length} leverantörer, ` +
    `${catalogue.regioner.length} regiontexter, ${catalogue.routning.length} routningstabeller; ${stale.length} ej granskade på 12 månader.`,
);
