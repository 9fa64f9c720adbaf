/**
 * Every route the functions answer, in one list: the local server dispatches by it and the CDK
 * app makes one Lambda function per entry. `handler` names the file in functions/handlers/.
 */
import type { table } from './store/table.ts';
import {
  inboxApiRoutes,
  jobbsparApiRoutes,
  jobbsparDataPaths,
  jobbsparPageRoutes,
  loiCheckAction,
  loiPageRoutes,
  sessionApiRoutes,
  staffPageRoutes,
  supplierPageRoutes,
} from '../core/paths.ts';

export interface Route {
  method: 'GET' | 'POST';
  /** API Gateway style, with {placeholders}. */
  path: string;
  handler: string;
  /** The table's indexes the handler queries (its function is granted Query on them). */
  queries?: readonly (keyof typeof table.indexes)[];
  /** The handler lists an organisation's inbox: a query of the table's own inbox partitions. */
  queriesInbox?: true;
}

export const routes: readonly Route[] = [
  { method: 'POST', path: '/api/loi', handler: 'loi-submit' },
  // The plain form's answers to check before they are sent: a page, so it works without JavaScript.
  { method: 'POST', path: loiCheckAction, handler: 'loi-check-page' },
  { method: 'GET', path: '/api/loi/{id}', handler: 'loi-get' },
  { method: 'POST', path: '/api/loi/{id}/confirm', handler: 'loi-confirm' },
  { method: 'POST', path: '/api/loi/{id}/withdraw', handler: 'loi-withdraw' },
  // Pages that show a private link's LOI, rendered on request so they work without JavaScript.
  { method: 'GET', path: loiPageRoutes.submitted, handler: 'loi-submitted-page' },
  { method: 'GET', path: loiPageRoutes.status, handler: 'loi-status-page' },
  { method: 'GET', path: loiPageRoutes.withdraw, handler: 'loi-withdraw-page' },
  { method: 'GET', path: supplierPageRoutes.list, handler: 'supplier-list-page' },
  { method: 'GET', path: supplierPageRoutes.compare, handler: 'supplier-compare-page' },
  { method: 'POST', path: '/api/needs', handler: 'needs-submit' },
  { method: 'POST', path: '/api/needs/{id}/confirm', handler: 'needs-confirm' },
  { method: 'GET', path: '/arbetsgivare/behov/bekrafta/', handler: 'needs-confirm-page' },
  { method: 'POST', path: '/api/gaps', handler: 'gaps-submit' },
  { method: 'POST', path: '/api/complaints', handler: 'complaints-submit' },
  { method: 'GET', path: '/api/stats/demand', handler: 'stats-demand' },
  // Live figures, rendered on request so the page needs no JavaScript.
  { method: 'GET', path: '/statistik/', handler: 'stats-page', queries: ['jobbsparByRegion'] },
  // The staff's sign-in and session. The forms post to /api/, where CloudFront lets a POST through.
  { method: 'GET', path: staffPageRoutes.signIn, handler: 'staff-sign-in-page' },
  { method: 'POST', path: sessionApiRoutes.link, handler: 'staff-sign-in-link' },
  { method: 'GET', path: staffPageRoutes.link, handler: 'staff-link-page' },
  { method: 'POST', path: sessionApiRoutes.session, handler: 'staff-session-start' },
  { method: 'GET', path: sessionApiRoutes.session, handler: 'staff-session-get' },
  { method: 'POST', path: sessionApiRoutes.signOut, handler: 'staff-sign-out' },
  // The staff inbox: its pages, and the JSON API their forms post to.
  {
    method: 'GET',
    path: staffPageRoutes.home,
    handler: 'staff-home-page',
    queriesInbox: true,
    queries: ['inboxByStatusByTime', 'peopleByOrganisation'],
  },
  { method: 'GET', path: staffPageRoutes.item, handler: 'staff-item-page', queries: ['peopleByOrganisation'] },
  { method: 'GET', path: staffPageRoutes.people, handler: 'staff-people-page', queries: ['peopleByOrganisation'] },
  { method: 'GET', path: inboxApiRoutes.list, handler: 'inbox-list', queriesInbox: true, queries: ['inboxByStatusByTime'] },
  { method: 'GET', path: inboxApiRoutes.export, handler: 'inbox-export', queriesInbox: true },
  { method: 'GET', path: inboxApiRoutes.people, handler: 'inbox-people', queries: ['peopleByOrganisation'] },
  { method: 'POST', path: inboxApiRoutes.people, handler: 'inbox-people-add' },
  { method: 'POST', path: inboxApiRoutes.removePerson, handler: 'inbox-people-remove' },
  { method: 'GET', path: inboxApiRoutes.item, handler: 'inbox-item' },
  // An action's form shows the item again with its errors, with the people to choose among.
  { method: 'POST', path: inboxApiRoutes.status, handler: 'inbox-status', queries: ['peopleByOrganisation'] },
  { method: 'POST', path: inboxApiRoutes.assign, handler: 'inbox-assign', queries: ['peopleByOrganisation'] },
  { method: 'POST', path: inboxApiRoutes.message, handler: 'inbox-message', queries: ['peopleByOrganisation'] },
  { method: 'POST', path: inboxApiRoutes.note, handler: 'inbox-note', queries: ['peopleByOrganisation'] },
  { method: 'POST', path: inboxApiRoutes.handOn, handler: 'inbox-hand-on', queries: ['peopleByOrganisation'] },
  // Jobbspår: the staff's pages and API ("ny" before the route of a track, which would take it for an id),
  // the public pages and the open data, all made from the store on request.
  { method: 'GET', path: jobbsparPageRoutes.list, handler: 'jobbspar-list-page', queries: ['jobbsparByRegion'] },
  { method: 'GET', path: jobbsparPageRoutes.create, handler: 'jobbspar-create-page', queriesInbox: true, queries: ['inboxByStatusByTime'] },
  { method: 'GET', path: jobbsparPageRoutes.item, handler: 'jobbspar-page' },
  { method: 'GET', path: jobbsparApiRoutes.list, handler: 'jobbspar-list', queries: ['jobbsparByRegion'] },
  { method: 'POST', path: jobbsparApiRoutes.list, handler: 'jobbspar-create' },
  { method: 'POST', path: jobbsparApiRoutes.change, handler: 'jobbspar-change' },
  { method: 'GET', path: jobbsparPageRoutes.publicList, handler: 'jobbspar-public-list-page', queries: ['jobbsparByRegion'] },
  { method: 'GET', path: jobbsparPageRoutes.publicItem, handler: 'jobbspar-public-page' },
  { method: 'GET', path: jobbsparDataPaths.json, handler: 'jobbspar-data-json', queries: ['jobbsparByRegion'] },
  { method: 'GET', path: jobbsparDataPaths.csv, handler: 'jobbspar-data-csv', queries: ['jobbsparByRegion'] },
  { method: 'GET', path: jobbsparDataPaths.schema, handler: 'jobbspar-data-schema' },
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
