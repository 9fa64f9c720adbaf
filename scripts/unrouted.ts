/**
 * `npm run unrouted`: the submissions that have not reached all their recipients: no recipient
 * was found for their area, or a message was given up after every retry. They are kept, to be
 * sent on by hand once the routing table or the address is put right.
 */
import { withStore } from './local-command.ts';
import { fill, translations } from '../core/i18n/index.ts';

const { loi, signals: t } = translations();
const names = { loi: loi.name, behov: t.needs.name, brist: t.gap.name, complaint: t.complaint.name };

await withStore(async () => {
  const { undeliveredSubmissions } = await import('../functions/domain/delivery.ts');
  const submissions = await undeliveredSubmissions();
  if (submissions.length === 0) return console.log(t.unrouted.none);
  console.log(fill(t.unrouted.heading, { n: submissions.length }));
  for (const s of submissions) {
    const kommun = s.kind === 'loi' ? s.loi.arbetsplatsKommun : s.kind === 'behov' ? s.content.arbetsplatsKommun : undefined;
    console.log(
      `${s.reference}  ${names[s.kind]}  FA-region ${s.fa}${kommun ? `, kommun ${kommun}` : ''}  ${s.createdAt.slice(0, 16).replace('T', ' ')}  id ${s.id}`,
    );
    for (const d of Object.values(s.deliveries).filter((d) => d.state === 'failed'))
      console.log(
        `  ${
          d.purpose === 'inbox'
            ? fill(t.unrouted.inboxGivenUp, { attempts: d.attempts })
            : fill(t.unrouted.givenUp, { organisation: d.recipient.organisation, adress: d.recipient.address, attempts: d.attempts })
        }`,
      );
  }
  console.log(t.unrouted.hint);
});
