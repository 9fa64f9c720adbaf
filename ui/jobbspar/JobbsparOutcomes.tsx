/** The jobbspår's outcomes on the statistics page, with the open data's links. */
import type { OutcomeTable } from '../../core/jobbspar-statistics.ts';
import { translations } from '../../core/i18n/index.ts';
import { jobbsparDataPaths } from '../../core/paths.ts';
import { getFaRegion } from '../../core/reference/index.ts';
import { TableScroll } from '../frame/TableScroll.tsx';

const t = translations().jobbspar.stats;
const groups = translations().signals.stats.groups;

export function JobbsparOutcomes({ table }: { table: OutcomeTable }) {
  return (
    <section aria-labelledby="jobbspar-utfall">
      <h2 id="jobbspar-utfall">{t.title}</h2>
      <p>{t.lead}</p>
      <p>{t.rule}</p>
      {table.rows.length === 0 ? (
        <p className="panel">{t.none}</p>
      ) : (
        <TableScroll labelledBy="jobbspar-utfall-tabell">
          <table>
            <caption id="jobbspar-utfall-tabell">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.region}</th>
                <th scope="col">{t.group}</th>
                <th scope="col">{t.tracks}</th>
                <th scope="col">{t.started}</th>
                <th scope="col">{t.employed90}</th>
                <th scope="col">{t.employed6m}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={`${row.fa}-${row.group}`}>
                  <th scope="row">
                    {row.fa} {getFaRegion(row.fa)?.namn}
                  </th>
                  <td>
                    {row.group} {groups[row.group as keyof typeof groups]}
                  </td>
                  <td>{row.tracks}</td>
                  <td>{row.cells.startade}</td>
                  <td>{row.cells.anstallda90}</td>
                  <td>{row.cells.anstallda6man}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p>
        {t.data} <a href={jobbsparDataPaths.json}>jobbspar.json</a> · <a href={jobbsparDataPaths.csv}>jobbspar.csv</a> ·{' '}
        <a href={jobbsparDataPaths.schema}>jobbspar.schema.json</a>
      </p>
    </section>
  );
}
