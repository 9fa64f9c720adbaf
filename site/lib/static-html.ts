/**
 * ui/ components rendered by React straight to HTML, for the parts every page has. Astro renders
 * a framework component with work of its own around React's (renderer checks, slots, islands): at
 * several parts on each of 14,000 pages, more than the parts themselves cost.
 */
import { createElement, type FunctionComponent, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

export function staticHtml<P extends object>(component: FunctionComponent<P>, props: P): string {
  return renderToStaticMarkup(createElement(component, props));
}

const childrenMark = 'astro-children-go-here';

/** A component that wraps its children, as the HTML before and after them: for children written in Astro. */
export function staticHtmlAround<P extends { children: ReactNode }>(
  component: FunctionComponent<P>,
  props: Omit<P, 'children'>,
): [before: string, after: string] {
  const [before, after] = staticHtml(component, { ...props, children: childrenMark } as P).split(childrenMark);
  return [before!, after!];
}

const rendered = new Map<string, Promise<string>>();

/**
 * HTML that is the same on many pages (the footer in one language, site/components/SameOnEveryPage.astro):
 * made by `render` for the first page that asks for `key`, and given as it is to the others.
 */
export function renderedOnce(key: string, render: () => string | Promise<string>): Promise<string> {
  let html = rendered.get(key);
  if (!html) {
    html = Promise.resolve(render());
    rendered.set(key, html);
  }
  return html;
}
