/**
 * Filters and sorts a kommun's supplier list in place, with the rules the list function applies
 * to the same form without JavaScript. The choices are kept in the address, and in the language
 * switch's links, so a filtered list can be shared and read in another language. The comparison
 * button still submits to its function.
 */
import { fill } from '../../core/i18n/fill.ts';
import { applyFilters, readFilters, type CardFacts } from '../../core/catalogue/supplier-filter.ts';

const form = document.querySelector<HTMLFormElement>('[data-lev-form]');
const list = form?.querySelector<HTMLOListElement>('.lev-list');
const count = document.getElementById('lev-antal');
const none = document.getElementById('lev-inga');

if (form && list && count && none) {
  const cards = [...list.querySelectorAll<HTMLLIElement>('li[data-lev]')].map((element) => ({
    element,
    facts: JSON.parse(element.dataset.lev!) as CardFacts,
  }));
  const languageLinks = [...document.querySelectorAll<HTMLAnchorElement>('a[data-sprakval]')];

  const update = () => {
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form))
      if (value !== '' && name !== 'kommun' && name !== 'lang') query.append(name, String(value));
    const shown = applyFilters(cards, readFilters(query));
    for (const card of cards) card.element.hidden = !shown.includes(card);
    // Cards move only when the order changes: a moved card loses the focus of its ticked box.
    const order = shown.map((card) => card.element);
    const before = [...list.children].filter((element) => !(element as HTMLElement).hidden);
    if (order.some((element, i) => before[i] !== element)) {
      const focused = document.activeElement;
      list.append(...order);
      if (focused instanceof HTMLElement && list.contains(focused)) focused.focus();
    }
    // The count is a live region: said again only when it changes, not at every tick.
    const counted = fill(count.dataset.mall!, { shown: shown.length, total: cards.length });
    if (count.textContent !== counted) count.textContent = counted;
    none.hidden = shown.length > 0;
    const search = query.size > 0 ? `?${query}` : '';
    history.replaceState(null, '', location.pathname + search);
    for (const link of languageLinks) link.search = search;
  };

  const asked = new URLSearchParams(location.search);
  if (asked.size > 0) {
    for (const element of form.elements) {
      if (element instanceof HTMLSelectElement && asked.has(element.name)) element.value = asked.get(element.name)!;
      if (element instanceof HTMLInputElement && element.type === 'checkbox')
        element.checked = asked.getAll(element.name).includes(element.value);
    }
    update();
  }

  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    if ((event.submitter as HTMLButtonElement | null)?.hasAttribute('formaction')) return;
    event.preventDefault();
    update();
  });
}
