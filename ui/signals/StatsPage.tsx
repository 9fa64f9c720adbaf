/**
 * /statistik/: the figures of demand as a map (a picture, hidden from screen readers) and as
 * tables (the accessible form), with downloads and how they are made. Rendered on request, no
 * JavaScript; the map is drawn from the FA-regions' outlines the site publishes.
 */
import type { DemandStats, MeasureTable, Shown } from '../../core/statistics.ts';
import { demandKinds, type DemandKind } from '../../core/contracts/demand.ts';
import { fill, formatDate, translations } from '../../core/i18n/index.ts';
import { TableScroll } from '../frame/TableScroll.tsx';

const t = translations().signals.stats;

export interface FaMapData {
  viewBox: string;
  regions: { code: string; name: string; path: string }[];
}

// Shades of the map by a region's total: none or hidden, then from 5 up.
const shades = [
  { from: 0, fill: '#f3f2f1' },
  { from: 5, fill: '#c6dbef' },
  { from: 10, fill: '#6baed6' },
  { from: 25, fill: '#2171b5' },
  { from: 50, fill: '#08306b' },
];
const shadeOf = (total: number | null) => [...shades].reverse().find((s) => (total ?? 0) >= s.from)!.fill;

const cell = (value: Shown | number | null | undefined) => (value === undefined || value === null ? t.noShown : String(value));

function Table({ kind, table }: { kind: DemandKind; table: MeasureTable }) {
  const caption = fill(t.tableTitle, { measure: t.measures[kind].label });
  if (table.rows.length === 0)
    return (
      <section aria-labelledby={`tabell-${kind}`}>
        <h3 id={`tabell-${kind}`}>{caption}</h3>
        <p>{t.none}</p>
      </section>
    );
  return (
    <section aria-labelledby={`tabell-${kind}`}>
      <h3 id={`tabell-${kind}`}>{caption}</h3>
      <TableScroll labelledBy={`tabell-${kind}`}>
        <table className="stats-table" id={`siffror-${kind}`}>
          <thead>
            <tr>
              <th scope="col">{t.region}</th>
              {table.groups.map((g) => (
                <th scope="col" key={g}>
                  <abbr title={t.groups[g as keyof typeof t.groups]}>{g}</abbr>
                </th>
              ))}
              <th scope="col">{t.total}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.fa}>
                <th scope="row">
                  <a href={`/region/${row.fa}/`}>
                    {row.fa} {row.namn}
                  </a>
                </th>
                {table.groups.map((g) => (
                  <td key={g}>{cell(row.cells[g] ?? 0)}</td>
                ))}
                <td>{cell(row.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.total}</th>
              {table.groups.map((g) => (
                <td key={g}>{cell(table.groupTotals[g])}</td>
              ))}
              <td>{cell(table.total)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </section>
  );
}

export function StatsPage({ stats, map, measure }: { stats: DemandStats; map: FaMapData; measure: DemandKind }) {
  const totals = new Map(stats.measures[measure].rows.map((r) => [r.fa, r.total]));
  const usedGroups = [...new Set(demandKinds.flatMap((k) => stats.measures[k].groups))].sort();
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <p>{fill(t.period, { from: formatDate(stats.from), to: formatDate(stats.to) })}</p>

      <section aria-labelledby="karta">
        <h2 id="karta">{fill(t.mapTitle, { measure: t.measures[measure].label })}</h2>
        <p>
          {t.showOnMap}{' '}
          {demandKinds.map((kind, i) => (
            <span key={kind}>
              {i > 0 && ' · '}
              {kind === measure ? (
                <strong>{t.measures[kind].short}</strong>
              ) : (
                <a href={`/statistik/?matt=${kind}#karta`}>{t.measures[kind].short}</a>
              )}
            </span>
          ))}
        </p>
        <p>{t.mapNote}</p>
        <div className="map-layout">
          <svg className="stats-map" viewBox={map.viewBox} aria-hidden="true" focusable="false">
            {map.regions.map((region) => (
              <path key={region.code} d={region.path} fill={shadeOf(totals.get(region.code) ?? null)} stroke="#505a5f" strokeWidth="0.5" />
            ))}
          </svg>
          <div aria-hidden="true">
            <p>
              <strong>{t.legend}</strong>
            </p>
            <ul className="map-legend">
              {shades.map((s, i) => (
                <li key={s.from}>
                  <svg width="16" height="16" viewBox="0 0 16 16" focusable="false" aria-hidden="true">
                    <rect width="16" height="16" fill={s.fill} stroke="#505a5f" />
                  </svg>{' '}
                  {i === 0 ? t.legendNone : i === shades.length - 1 ? `${s.from}–` : `${s.from}–${shades[i + 1]!.from - 1}`}
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      <section aria-labelledby="tabeller">
        <h2 id="tabeller">{t.tablesTitle}</h2>
        {demandKinds.map((kind) => (
          <Table key={kind} kind={kind} table={stats.measures[kind]} />
        ))}
        {usedGroups.length > 0 && (
          <>
            <h3>{t.groupsTitle}</h3>
            <dl className="facts">
              {usedGroups.flatMap((g) => [<dt key={`${g}-t`}>{g}</dt>, <dd key={`${g}-d`}>{t.groups[g as keyof typeof t.groups]}</dd>])}
            </dl>
          </>
        )}
      </section>

      <section aria-labelledby="ladda-ner">
        <h2 id="ladda-ner">{t.download}</h2>
        <ul>
          <li>
            <a href="/api/stats/demand">{t.downloadJson}</a>
          </li>
          <li>
            <a href="/api/stats/demand?format=csv">{t.downloadCsv}</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="metod">
        <h2 id="metod">{t.methodTitle}</h2>
        {t.method.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
    </>
  );
}
