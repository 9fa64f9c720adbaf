/**
 * Filters and sorts a kommun's supplier list in place, with the rules the list function applies
 * to the same form without JavaScript. The comparison button still submits to its function.
 */
import { fill } from '../i18n/fill.ts';
import { applyFilters, readFilters, type CardFacts } from '../lib/supplier-filter.ts';

const form = document.querySelector<HTMLFormElement>('[data-lev-form]');
const list = form?.querySelector<HTMLOListElement>('.lev-list');
const count = document.getElementById('lev-antal');
const none = document.getElementById('lev-inga');

if (form && list && count && none) {
  const cards = [...list.querySelectorAll<HTMLLIElement>('li[data-lev]')].map((element) => ({
    element,
    facts: JSON.parse(element.dataset.lev!) as CardFacts,
  }));

  const update = () => {
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) query.append(name, String(value));
    const shown = applyFilters(cards, readFilters(query));
    for (const card of cards) card.element.hidden = !shown.includes(card);
    list.append(...shown.map((card) => card.element));
    count.textContent = fill(count.dataset.mall!, { shown: shown.length, total: cards.length });
    none.hidden = shown.length > 0;
  };

  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name !== 'lev') update();
  });
  form.addEventListener('submit', (event) => {
    if ((event.submitter as HTMLButtonElement | null)?.hasAttribute('formaction')) return;
    event.preventDefault();
    update();
  });
}
