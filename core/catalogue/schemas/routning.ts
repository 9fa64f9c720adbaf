/**
 * An owner's routing table: content/{ägare}/routning.yaml says who receives which kind of
 * submission from an area (an FA-region or a kommun), and how; an FA-region's file also says which
 * of its jobbspår suppliers an employer's LOI goes to (core/catalogue/allocation.ts). Routing is
 * data: a kommun changes its recipient by editing its own file, not the code.
 */
import { z } from 'astro/zod';
import { email, faCode, text } from './fields.ts';
import { leverantorSchema } from './leverantor.ts';
import { ownerPattern } from '../owners.ts';
import { allocationRules } from '../vocabulary.ts';
import { getFaRegion, getKommun } from '../../reference/index.ts';

/** The kinds of submission a recipient can take: needs signals, gap reports, participants' complaints about suppliers. */
const submissionTypes = ['behov', 'brist', 'klagomal'] as const;
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
    typer: z
      .array(z.enum(submissionTypes))
      .min(1)
      .describe('Vad mottagaren får: behov (behovssignaler), brist (bristrapporter), klagomal (synpunkter och klagomål på leverantörer)'),
    /** How it is sent. Only e-mail for now; a webhook becomes another channel here, with its own address field. */
    kanal: z.enum(channels).describe('Hur det skickas: "epost"'),
    /** The address it is sent to: a shared mailbox rather than a person's. */
    adress: email.describe('E-postadressen, gärna en funktionsbrevlåda, t.ex. "arbetsmarknad@kommun.exempel.se"'),
  })
  .strict();

const rule = z
  .enum(allocationRules)
  .describe(
    'Hur leverantören väljs: "rak_ordning" (nästa leverantör i tur får avsiktsförklaringen) eller "arbetsgivaren_valjer" (arbetsgivaren väljer leverantör på formuläret)',
  );

/** A supplier by its file name without .md, e.g. "skansk-yrkesbro". */
const supplierSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ska vara leverantörens filnamn utan .md, t.ex. "skansk-yrkesbro"');

/** Which of the region's jobbspår suppliers an LOI goes to. Only an FA-region's file may say it (load.ts checks). */
const allocation = z
  .object({
    /** In turn ("rak_ordning"), or the one the employer chooses ("arbetsgivaren_valjer"). */
    regel: rule,
    /** The suppliers in their order of turns; for "arbetsgivaren_valjer" the order the employer sees them in. */
    ordning: z
      .array(supplierSlug)
      .min(1)
      .optional()
      .describe(
        'Leverantörernas filnamn utan .md, i den ordning de får avsiktsförklaringar (rak_ordning) eller visas för arbetsgivaren (arbetsgivaren_valjer), t.ex. ["skansk-yrkesbro", "oresund-karriar"]',
      ),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.regel === 'rak_ordning' && !value.ordning)
      ctx.addIssue({
        code: 'custom',
        path: ['ordning'],
        message: 'fältet saknas men krävs när regeln är "rak_ordning": skriv leverantörerna i den ordning de får avsiktsförklaringar',
      });
    value.ordning?.forEach((slug, i) => {
      if (value.ordning!.indexOf(slug) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['ordning', i],
          message: `«${slug}» står redan tidigare i listan; skriv varje leverantör en gång`,
        });
    });
  });

export const routingSchema = z
  .object({
    /** The folder the file lies in, e.g. "kommun-0181". */
    agare: z
      .string()
      .regex(ownerPattern, 'ska vara "arbetsformedlingen", "fa-NN" eller "kommun-NNNN"')
      .describe('Ägaren, samma som mappen'),
    /** Absent in an FA-region's file that only sets `leverantorsval`. */
    mottagare: z.array(recipient).min(1).optional().describe('Mottagarna av behovssignaler och bristrapporter'),
    /** How the FA-region's LOIs are shared among its jobbspår suppliers; without it the default rule applies. */
    leverantorsval: allocation
      .optional()
      .describe(
        'Bara i en FA-regions fil: vilken av regionens leverantörer av jobbspår som får en avsiktsförklaring. Utan fältet gäller rak ordning mellan regionens leverantörer i bokstavsordning.',
      ),
  })
  .strict();

export type Routing = z.infer<typeof routingSchema>;
export type RoutingRecipient = NonNullable<Routing['mottagare']>[number];
export type AllocationSetting = NonNullable<Routing['leverantorsval']>;

const jobbsparSupplier = z
  .object({
    slug: supplierSlug.describe('Leverantörens adress på webbplatsen, t.ex. "skansk-yrkesbro" för /leverantorer/skansk-yrkesbro/'),
    namn: leverantorSchema.shape.namn,
    tjanster: z
      .array(leverantorSchema.shape.tjanster.element)
      .describe('Leverantörens avtal för jobbspår i regionen: var och när den tar emot avsiktsförklaringar'),
  })
  .strict();

/** An FA-region's rule as the build publishes it, in /data/tilldelning.json: its own, or the default. */
export const publishedAllocationSchema = z
  .object({
    fa_region: faCode.describe('FA-regionens kod, t.ex. "01"'),
    regel: rule,
    ordning: z
      .array(jobbsparSupplier)
      .describe(
        'Regionens leverantörer av jobbspår i den ordning de får avsiktsförklaringar (rak_ordning) eller visas för arbetsgivaren (arbetsgivaren_valjer). Den som inte har ett aktivt avtal för arbetsplatsens kommun den dagen hoppas över.',
      ),
    standard: z.boolean().describe('true när regionen inte har bestämt något leverantörsval och standardregeln gäller'),
  })
  .strict();

export type RegionAllocation = z.infer<typeof publishedAllocationSchema>;
export type AllocationSupplier = RegionAllocation['ordning'][number];
