/** A jobbspår's way through the portal process: the LOIs it starts from, its plan, and the catalogue's interventions it takes. */
import { expect } from 'vitest';
import { validLoi } from '../../scripts/examples.ts';
import { postLoi } from './loi-fixture.ts';
import { statusLinkFor, type PortalProcess } from './portal-process.ts';

/** A Malmö employer's LOI, confirmed, with or without the consent to show its name. */
export async function malmoLoi(portal: PortalProcess, epost: string, namn: string, named: boolean) {
  const submitted = await postLoi(
    portal.url,
    { ...validLoi({ epost }), organisation: { ...validLoi().organisation, namn }, arbetsplatsKommun: '1280', namnFarVisas: named },
    `jobbspar-${epost.replace(/[^a-z0-9]/gi, '-')}`,
  );
  expect(submitted.status).toBe(201);
  const { id, reference } = (await submitted.json()) as { id: string; reference: string };
  const link = await statusLinkFor(portal.outboxDir, epost);
  const token = link.searchParams.get('token')!;
  const confirmed = await fetch(`${portal.url}/api/loi/${id}/confirm`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  expect(confirmed.status).toBe(200);
  return { id, reference, statusPath: `/arbetsgivare/avsiktsforklaring/status/?id=${id}&token=${encodeURIComponent(token)}` };
}

/** National interventions of the built catalogue, which every region offers. */
export async function nationalInterventions(portal: PortalProcess, count: number): Promise<{ slug: string; titel: string }[]> {
  const all = (await (await fetch(`${portal.url}/data/insatser.json`)).json()) as { slug: string; titel: string; omfattning: string }[];
  const national = all.filter((i) => i.omfattning === 'nationell').slice(0, count);
  expect(national).toHaveLength(count);
  return national;
}

/** A plan that the contract accepts, with the interventions given. */
export const validPlan = (insatser: string[]) => ({
  namn: 'Kock i Malmö',
  yrken: ['5120'],
  insatser: insatser.map((id, i) => ({ id, fran: `2027-0${2 + i}-01`, till: `2027-0${2 + i}-28` })),
  deltagare: 10,
  informationsmote: { datum: '2027-01-15', plats: 'Arbetsförmedlingen, Södra Förstadsgatan, Malmö' },
  rekrytering: { fran: '2026-12-01', till: '2027-01-20' },
  kontakt: { namn: 'Kim Kontaktsson', epost: 'kim.kontakt@yrkesbro.exempel.se', telefon: '040-123 456' },
});
