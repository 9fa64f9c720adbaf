/**
 * The jobbspår supplier an employer chooses, where the workplace's region lets the employer
 * choose: one radio per supplier that takes LOIs from the kommun, in the region's order, each with
 * a link to the supplier's page. The link opens in a new tab, so that what is written in the form
 * stays.
 */
import type { AllocationSupplier } from '../../core/catalogue/allocation.ts';
import { fill } from '../../core/i18n/fill.ts';
import { loi } from '../../core/i18n/sv/loi.ts';
import { ChoiceGroup, fieldId } from './fields.tsx';

const t = loi.allocation;
const name = 'leverantor';

interface Props {
  choices: readonly AllocationSupplier[];
  /** The slug chosen before, when the form is shown again. */
  chosen: string;
  error?: string;
}

export function SupplierChoice({ choices, chosen, error }: Props) {
  return (
    <ChoiceGroup name={name} legend={t.field.label} hint={t.field.hint} error={error}>
      {choices.map((supplier, i) => {
        const id = i === 0 ? fieldId(name) : `${fieldId(name)}-${supplier.slug}`;
        return (
          <div className="choice" key={supplier.slug}>
            <input type="radio" id={id} name={name} value={supplier.slug} defaultChecked={chosen === supplier.slug} />
            <label htmlFor={id}>{supplier.namn}</label>
            <a href={`/leverantorer/${supplier.slug}/`} target="_blank" rel="noopener">
              {fill(t.about, { name: supplier.namn })}
            </a>
          </div>
        );
      })}
    </ChoiceGroup>
  );
}
