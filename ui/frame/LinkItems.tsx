export interface Link {
  href: string;
  label: string;
}

/** Links as the items of a list, whichever list they stand in: the breadcrumbs' path, the footer's links. */
export function LinkItems({ links }: { links: readonly Link[] }) {
  return links.map((link) => (
    <li key={link.href}>
      <a href={link.href}>{link.label}</a>
    </li>
  ));
}
