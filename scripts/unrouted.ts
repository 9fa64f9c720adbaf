/**
 * `npm run unrouted`: the needs signals and gap reports that no recipient was found for. They are
 * kept; once the routing table names a recipient for their area, they can be sent on by hand.
 */
import { withStore } from './local-command.ts';
import { fill, useTranslations } from '../site/i18n/index.ts';

const t = useTranslations().signals;

await withStore(async () => {
  const { unroutedSignals } = await import('../functions/domain/signals.ts');
  const signals = await unroutedSignals();
  if (signals.length === 0) return console.log(t.unrouted.none);
  console.log(fill(t.unrouted.heading, { n: signals.length }));
  for (const s of signals)
    console.log(`${s.reference}  ${s.kind === 'behov' ? t.needs.name : t.gap.name}  FA-region ${s.fa}${s.kind === 'behov' ? `, kommun ${s.content.arbetsplatsKommun}` : ''}  ${s.createdAt.slice(0, 16).replace('T', ' ')}  id ${s.id}`);
  console.log(t.unrouted.hint);
});
