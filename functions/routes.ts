/**
 * Every route the functions answer, in one list: the local server dispatches by it and the CDK
 * app makes one Lambda function per entry. `handler` names the file in functions/handlers/.
 */
import type { table } from './store/table.ts';
import { loiPageRoutes, sessionApiRoutes, staffPageRoutes, supplierPageRoutes } from '../core/paths.ts';

export interface Route {
  method: 'GET' | 'POST';
  /** API Gateway style, with {placeholders}. */
  path: string;
  handler: string;
  /** The table's indexes the handler queries (its function is granted Query on them). */
  queries?: readonly (keyof typeof table.indexes)[];
  /** The handler deletes an item (its function is granted DeleteItem): signing out deletes the session. */
  deletes?: true;
}

export const routes: readonly Route[] = [
  { method: 'POST', path: '/api/loi', handler: 'loi-submit' },
  { method: 'GET', path: '/api/loi/{id}', handler: 'loi-get' },
  { method: 'POST', path: '/api/loi/{id}/confirm', handler: 'loi-confirm' },
  { method: 'POST', path: '/api/loi/{id}/withdraw', handler: 'loi-withdraw' },
  // Pages that show a private link's LOI, rendered on request so they work without JavaScript.
  { method: 'GET', path: loiPageRoutes.submitted, handler: 'loi-submitted-page' },
  { method: 'GET', path: loiPageRoutes.status, handler: 'loi-status-page' },
  { method: 'GET', path: supplierPageRoutes.list, handler: 'supplier-list-page' },
  { method: 'GET', path: supplierPageRoutes.compare, handler: 'supplier-compare-page' },
  { method: 'POST', path: '/api/needs', handler: 'needs-submit' },
  { method: 'POST', path: '/api/needs/{id}/confirm', handler: 'needs-confirm' },
  { method: 'GET', path: '/arbetsgivare/behov/bekrafta/', handler: 'needs-confirm-page' },
  { method: 'POST', path: '/api/gaps', handler: 'gaps-submit' },
  { method: 'GET', path: '/api/stats/demand', handler: 'stats-demand', queries: ['demandByMonth'] },
  // Live figures, rendered on request so the page needs no JavaScript.
  { method: 'GET', path: '/statistik/', handler: 'stats-page', queries: ['demandByMonth'] },
  // The staff's sign-in and session. The forms post to /api/, where CloudFront lets a POST through.
  { method: 'GET', path: staffPageRoutes.signIn, handler: 'staff-sign-in-page' },
  { method: 'POST', path: sessionApiRoutes.link, handler: 'staff-sign-in-link' },
  { method: 'GET', path: staffPageRoutes.link, handler: 'staff-link-page' },
  { method: 'POST', path: sessionApiRoutes.session, handler: 'staff-session-start' },
  { method: 'GET', path: sessionApiRoutes.session, handler: 'staff-session-get' },
  { method: 'POST', path: sessionApiRoutes.signOut, handler: 'staff-sign-out', deletes: true },
  { method: 'GET', path: staffPageRoutes.home, handler: 'staff-home-page' },
];

/**
 * The route and its path values for a request, if any route has the path. `undecodable` names a
 * path value that is no valid percent-encoding: the request is then malformed, whatever the route.
 */
export function matchRoute(
  method: string,
  path: string,
): { route?: Route; pathParams: Record<string, string>; pathKnown: boolean; undecodable?: string } {
  let pathKnown = false;
  for (const route of routes) {
    const names: string[] = [];
    const escaped = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(
      `^${escaped.replace(/\{(\w+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      })}$`,
    );
    const match = pattern.exec(path);
    if (!match) continue;
    pathKnown = true;
    if (route.method !== method) continue;
    const pathParams: Record<string, string> = {};
    for (const [i, name] of names.entries()) {
      try {
        pathParams[name] = decodeURIComponent(match[i + 1]!);
      } catch {
        return { route, pathParams, pathKnown, undecodable: name };
      }
    }
    return { route, pathParams, pathKnown };
  }
  return { pathParams: {}, pathKnown };
}
