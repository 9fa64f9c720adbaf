/**
 * A table that may be wider than the screen: it scrolls sideways in a region of its own (a named
 * section), which the keyboard reaches (to scroll it with the arrow keys) and a screen reader names
 * after the table's heading or caption, so the page itself never scrolls sideways (WCAG 1.4.10).
 */
import type { ReactNode } from 'react';

export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus, or the keyboard cannot scroll it (axe: scrollable-region-focusable).
    <section className="table-scroll" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
