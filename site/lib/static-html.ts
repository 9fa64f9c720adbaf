/**
 * A ui/ component rendered by React straight to HTML, for the frame every page has. Astro renders
 * a framework component with work of its own around React's (renderer checks, slots, islands): at
 * four frame parts on each of 14,000 pages, more than the parts themselves cost.
 */
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

export function staticHtml<P extends object>(component: FunctionComponent<P>, props: P): string {
  return renderToStaticMarkup(createElement(component, props));
}
