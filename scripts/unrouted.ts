/**
 * `npm run unrouted`: the needs signals and gap reports that have not reached all their recipients:
 * no recipient was found for their area, or a recipient's mail was given up after every retry.
 * They are kept, to be sent on by hand once the routing table or the address is put right.
 */
import { withStore } from './local-command.ts';
import { fill, useTranslations } from '../core/i18n/index.ts';

const t = useTranslations().signals;

await withStore(async () => {
  const { unroutedSignals } = await import('../functions/domain/signals.ts');
  const signals = await unroutedSignals();
  if (signals.length === 0) return console.log(t.unrouted.none);
  console.log(fill(t.unrouted.heading, { n: signals.length }));
  for (const s of signals) {
    console.log(`${s.reference}  ${s.kind === 'behov' ? t.needs.name : t.gap.name}  FA-region ${s.fa}${s.kind === 'behov' ? `, kommun ${s.content.arbetsplatsKommun}` : ''}  ${s.createdAt.slice(0, 16).replace('T', ' ')}  id ${s.id}`);
    for (const recipient of s.recipients.filter((r) => s.deliveries[r.id]?.state === 'failed'))
      console.log(`  ${fill(t.unrouted.givenUp, { organisation: recipient.organisation, adress: recipient.adress, attempts: s.deliveries[recipient.id]!.attempts })}`);
  }
  console.log(t.unrouted.hint);
});
