export interface Link {
  href: string;
  label: string;
}

/**
 * Links as the items of a list, whichever list they stand in: the breadcrumbs' path, the footer's
 * links; `hrefLang` when they lead to pages in another language than the page's.
 */
export function LinkItems({ links, hrefLang }: { links: readonly Link[]; hrefLang?: string }) {
  return links.map((link) => (
    <li key={link.href}>
      <a href={link.href} hrefLang={hrefLang}>
        {link.label}
      </a>
    </li>
  ));
}
