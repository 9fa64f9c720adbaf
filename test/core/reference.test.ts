import { describe, expect, it } from 'vitest';
import { faRegionOfKommun, faRegions, getFaRegion, getKommun, kommuner, kommunerInFaRegion } from '../../core/reference/index.ts';
import { getSsykGroup, ssykGroups } from '../../core/reference/ssyk.ts';
import { occupationChoices, occupationNames } from '../../core/reference/occupations.ts';
import { findOccupation } from '../../core/reference/find-occupation.ts';

describe('reference data', () => {
  it('has the 290 kommuner with unique four-digit SCB codes whose first two digits are the län', () => {
    expect(kommuner).toHaveLength(290);
    expect(new Set(kommuner.map((k) => k.kod)).size).toBe(290);
    for (const k of kommuner) {
      expect(k.kod).toMatch(/^\d{4}$/);
      expect(k.kod.slice(0, 2)).toBe(k.lanskod);
    }
    expect(new Set(kommuner.map((k) => k.lanskod)).size).toBe(21);
  });

  it('lists the kommuner in Swedish alphabetical order, as every list of them shows them', () => {
    const names = kommuner.map((k) => k.namn);
    expect(names).toEqual([...names].sort(new Intl.Collator('sv').compare));
    expect(names.indexOf('Åre')).toBeGreaterThan(names.indexOf('Ystad'));
    expect(names.indexOf('Älmhult')).toBeGreaterThan(names.indexOf('Åtvidaberg'));
    expect(names.at(-1)).toMatch(/^Ö/);
  });

  it('has the 60 FA15 regions, 01 to 60, and puts every kommun in exactly one', () => {
    expect(faRegions.map((r) => r.kod)).toEqual(Array.from({ length: 60 }, (_, i) => String(i + 1).padStart(2, '0')));
    const counted = faRegions.flatMap((r) => r.kommuner.map((k) => k.kod));
    expect(counted).toHaveLength(290);
    expect(new Set(counted).size).toBe(290);
  });

  it('answers which FA-region a kommun is in and which kommuner a region has', () => {
    expect(faRegionOfKommun('0180')?.namn).toBe('Stockholm');
    expect(faRegionOfKommun('1280')?.kod).toBe('01');
    expect(getFaRegion('01')?.namn).toBe('Malmö-Lund');
    expect(kommunerInFaRegion('23')).toHaveLength(37);
    expect(kommunerInFaRegion('01')).toHaveLength(28);
    expect(kommunerInFaRegion('15')).toHaveLength(20);
    expect(
      kommunerInFaRegion('60')
        .map((k) => k.namn)
        .sort(),
    ).toEqual(['Kiruna', 'Pajala']);
    // Älvkarleby is in Uppsala län but in FA-region Gävle.
    expect(faRegionOfKommun('0319')?.namn).toBe('Gävle');
  });

  it('returns nothing for unknown codes', () => {
    expect(getKommun('9999')).toBeUndefined();
    expect(faRegionOfKommun('0000')).toBeUndefined();
    expect(getFaRegion('61')).toBeUndefined();
    expect(kommunerInFaRegion('00')).toEqual([]);
    expect(getSsykGroup('5129')).toBeUndefined();
  });

  it('has the 429 SSYK 2012 groups and JobTech occupation names that point to them', () => {
    expect(ssykGroups).toHaveLength(429);
    expect(getSsykGroup('5120')?.namn).toMatch(/Kockar/);
    const jobtechGroups = new Set(ssykGroups.map((g) => g.jobtech));
    expect(occupationNames.length).toBeGreaterThan(2000);
    for (const name of occupationNames) expect(jobtechGroups.has(name.ssyk)).toBe(true);
  });

  it('finds the occupation an employer writes, by name in any case or by SSYK code', () => {
    expect(findOccupation('  kock à LA carte ', occupationChoices)).toEqual({ namn: 'Kock à la carte', ssyk: '5120' });
    expect(findOccupation('restaurangbiträde', occupationChoices)?.ssyk).toBe('9412');
    expect(findOccupation('5120', occupationChoices)?.ssyk).toBe('5120');
    expect(findOccupation('Drömyrke som inte finns', occupationChoices)).toBeUndefined();
    expect(findOccupation('0000', occupationChoices)).toBeUndefined();
  });
});
