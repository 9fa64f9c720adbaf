/**
 * `npm run keys -- issue|revoke|list …`: the keys suppliers file gap reports with.
 *   issue <leverantör>           a new key, scoped to the FA-regions of the supplier's contracts
 *   list <leverantör>            the supplier's keys (their first characters), regions, state
 *   revoke <leverantör> <nyckel-id>  revokes one key; id = the first characters `list` shows
 * The supplier is its slug in the catalogue (the file name under leverantorer/, without .md).
 */
import { loadValidCatalogue } from '../core/catalogue/load.ts';
import { dayOf, inForce } from '../core/catalogue/contract.ts';
import { withStore } from './local-command.ts';

const [command, supplier, keyId] = process.argv.slice(2);
const usage = 'Använd: npm run keys -- issue <leverantör> | list <leverantör> | revoke <leverantör> <nyckel-id>';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!supplier || !['issue', 'list', 'revoke'].includes(command ?? '')) fail(usage);
const entry = loadValidCatalogue().leverantorer.find((l) => l.slug === supplier);
if (!entry) fail(`Det finns ingen leverantör «${supplier}» i katalogen (content/*/leverantorer/${supplier}.md).`);

await withStore(async () => {
  const { issueKey, listKeys, revokeKeyByPrefix } = await import('../functions/domain/supplier-keys.ts');
  if (command === 'issue') {
    const regions = [...new Set(entry.data.tjanster.filter((t) => inForce(t, dayOf(new Date()))).flatMap((t) => t.fa_regioner))].sort();
    if (regions.length === 0) fail(`${entry.data.namn} har inget aktivt avtal: ingen region att ge en nyckel för.`);
    const { key, record } = await issueKey(supplier!, regions);
    console.log(`Ny nyckel för ${entry.data.namn} (FA-region ${regions.join(', ')}), id ${record.hash.slice(0, 12)}:`);
    console.log(key);
    console.log('Nyckeln visas bara nu: ge den till leverantören på ett säkert sätt. Vi sparar bara en kontrollsumma av den.');
    console.log(
      'Leverantören skickar bristrapporter i formuläret på /leverantor/brist/ eller till POST /api/gaps (Authorization: Bearer <nyckel>).',
    );
  } else if (command === 'list') {
    const keys = await listKeys(supplier!);
    if (keys.length === 0) console.log(`${entry.data.namn} har inga nycklar.`);
    for (const k of keys)
      console.log(
        `${k.hash.slice(0, 12)}  FA-region ${k.faRegions.join(', ')}  utfärdad ${k.createdAt.slice(0, 10)}  ${k.revokedAt ? `återkallad ${k.revokedAt.slice(0, 10)}` : 'gäller'}`,
      );
  } else {
    if (!keyId) fail(usage);
    const revoked = await revokeKeyByPrefix(supplier!, keyId);
    if (!revoked) fail(`Ingen nyckel (eller flera) för ${supplier} börjar med «${keyId}». Se npm run keys -- list ${supplier}.`);
    console.log(`Nyckel ${revoked.hash.slice(0, 12)} för ${entry.data.namn} är återkallad.`);
  }
});
