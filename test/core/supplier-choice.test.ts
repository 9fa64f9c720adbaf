/**
 * Choice only where the jobseeker chooses: a kommun's choice list offers only the services of a
 * choice system, and ratings compare suppliers within one service, never across services.
 */
import { describe, expect, it } from 'vitest';
import { offerIn, ratingsByService } from '../../core/catalogue/choice.ts';
import { applyFilters, readFilters, type CardFacts } from '../../core/catalogue/supplier-filter.ts';
import type { Leverantor } from '../../core/catalogue/schemas/leverantor.ts';
import type { PublishedResult } from '../../core/catalogue/results.ts';
import type { ContractStatus } from '../../core/catalogue/vocabulary.ts';
import { contractEvents } from '../support/contracts.ts';

type Service = Leverantor['tjanster'][number];
const service = (tjanst: Service['tjanst'], status: ContractStatus = 'aktiv'): Service => ({
  tjanst,
  fa_regioner: ['01'],
  handelser: contractEvents({ avtal_fran: '2025-01-01', avtal_till: '2027-12-31', status, status_orsak: 'Avropsstopp' }),
});
const malmo = '1280';

describe('the services a jobseeker is offered to choose', () => {
  it('are Rusta och matcha and kommunal kundval; jobbspår, arbetsmarknadsutbildning and validering are on no choice list', () => {
    expect(offerIn({ tjanster: [service('jobbspar'), service('arbetsmarknadsutbildning'), service('validering')] }, malmo)).toBeUndefined();
    const offer = offerIn({ tjanster: [service('jobbspar'), service('rusta-och-matcha'), service('kundval-kommun')] }, malmo)!;
    expect(offer.services.map((s) => s.tjanst)).toEqual(['rusta-och-matcha', 'kundval-kommun']);
  });

  it('cannot be chosen now when the choice services are paused, whatever the procured ones', () => {
    expect(offerIn({ tjanster: [service('jobbspar'), service('rusta-och-matcha', 'pausad')] }, malmo)!.choosable).toBe(false);
  });
});

describe('ratings', () => {
  it('are kept per service, only where the figures may be shown', () => {
    const results: PublishedResult[] = [
      { period: '2026-H1', tjanst: 'rusta-och-matcha', deltagare: 40, andel_arbete_studier: 0.4, betyg: 2 },
      { period: '2026-H1', tjanst: 'jobbspar', deltagare: 40, andel_arbete_studier: 0.6, betyg: 4 },
      { period: '2026-H1', tjanst: 'kundval-kommun', for_fa_deltagare: true },
    ];
    expect(ratingsByService(results)).toEqual({ 'rusta-och-matcha': 2, jobbspar: 4 });
  });

  const card = (slug: string, betyg: CardFacts['betyg']): { facts: CardFacts } => ({
    facts: { slug, namn: slug, sprak: ['sv'], tjanster: Object.keys(betyg), distans: false, stegfritt: false, betyg, km: 0, valbar: true },
  });
  const sorted = (cards: { facts: CardFacts }[], query: string) =>
    applyFilters(cards, readFilters(new URLSearchParams(query))).map((c) => c.facts.slug);

  it('sort the cards within the service filtered for', () => {
    const cards = [
      card('a', { 'rusta-och-matcha': 2, 'kundval-kommun': 4 }),
      card('b', { 'rusta-och-matcha': 3 }),
      card('c', { 'kundval-kommun': 3 }),
    ];
    expect(sorted(cards, 'sortera=betyg&tjanst=rusta-och-matcha')).toEqual(['b', 'a']);
    expect(sorted(cards, 'sortera=betyg&tjanst=kundval-kommun')).toEqual(['a', 'c']);
  });

  it('sort by service first without a service filter, so a rating is never compared with another service’s', () => {
    const cards = [
      card('kundval-4', { 'kundval-kommun': 4 }),
      card('rusta-2', { 'rusta-och-matcha': 2 }),
      card('rusta-3', { 'rusta-och-matcha': 3 }),
    ];
    expect(sorted(cards, 'sortera=betyg')).toEqual(['rusta-3', 'rusta-2', 'kundval-4']);
  });
});
