/**
 * `npm run check:content`: validates the catalogue as the build does and lists entries not
 * reviewed for twelve months. Errors fail (exit 1) with the build's own list; stale entries are
 * warnings only.
 */
import { CatalogueError, loadValidCatalogue, type Catalogue } from '../core/catalogue/load.ts';

let stale = 0;
let catalogue: Catalogue;
try {
  catalogue = loadValidCatalogue({
    warn: (warning) => {
      stale++;
      console.warn(`Varning: ${warning}`);
    },
  });
} catch (error) {
  if (!(error instanceof CatalogueError)) throw error;
  console.error(`\n${error.message}`);
  process.exit(1);
}
console.log(
  `Katalogen är giltig: ${catalogue.insatser.length} insatser, ${catalogue.leverantorer.length} leverantörer, ` +
    `${catalogue.regioner.length} regiontexter, ${catalogue.routning.length} routningstabeller; ${stale} ej granskade på 12 månader.`,
);
