/**
 * An owner's routing table: content/{ägare}/routning.yaml says who receives which kind of
 * submission from an area (an FA-region or a kommun), and how. Routing is data: a kommun changes
 * its recipient by editing its own file, not the code.
 */
import { z } from 'astro/zod';
import { email, text } from './fields.ts';
import { ownerPattern } from '../owners.ts';
import { getFaRegion, getKommun } from '../../reference/index.ts';

/** The kinds of submission a recipient can take: needs signals, gap reports. */
const submissionTypes = ['behov', 'brist'] as const;
const recipientRoles = ['leverantor', 'kommun', 'arbetsformedlingen'] as const;
const channels = ['epost'] as const;

/** An FA-region code ("23") or a kommunkod ("0181"). */
const area = z.string().refine(
  (code) => Boolean(code.length === 2 ? getFaRegion(code) : getKommun(code)),
  (code) => ({
    message: `«${code}» är varken en FA-region (två siffror, t.ex. "23") eller en kommunkod (fyra siffror, t.ex. "0181")`,
  }),
);

const recipient = z
  .object({
    /** Who the recipient is, e.g. "Södertälje kommun, arbetsmarknadsenheten". */
    organisation: text(160).describe('Mottagarens namn, t.ex. "Södertälje kommun, arbetsmarknadsenheten"'),
    /** The recipient's part: the supplier, the kommun or Arbetsförmedlingen. */
    roll: z.enum(recipientRoles).describe('leverantor, kommun eller arbetsformedlingen'),
    /** The area whose submissions it receives: an FA-region's code or a kommunkod. */
    omrade: area.describe('FA-regionens kod, t.ex. "23", eller kommunkoden, t.ex. "0181"'),
    /** The kinds of submission it receives. */
    typer: z.array(z.enum(submissionTypes)).min(1).describe('Vad mottagaren får: behov (behovssignaler), brist (bristrapporter)'),
    /** How it is sent. Only e-mail for now; a webhook becomes another channel here, with its own address field. */
    kanal: z.enum(channels).describe('Hur det skickas: "epost"'),
    /** The address it is sent to: a shared mailbox rather than a person's. */
    adress: email.describe('E-postadressen, gärna en funktionsbrevlåda, t.ex. "arbetsmarknad@kommun.exempel.se"'),
  })
  .strict();

export const routingSchema = z
  .object({
    /** The folder the file lies in, e.g. "kommun-0181". */
    agare: z
      .string()
      .regex(ownerPattern, 'ska vara "arbetsformedlingen", "fa-NN" eller "kommun-NNNN"')
      .describe('Ägaren, samma som mappen'),
    mottagare: z.array(recipient).min(1).describe('Mottagarna'),
  })
  .strict();

export type Routing = z.infer<typeof routingSchema>;
export type RoutingRecipient = Routing['mottagare'][number];
