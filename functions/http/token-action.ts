/**
 * A POST that acts on a submission through its private link's token: from an API client, which may
 * send only the bearer header and no body, or from the plain form on the submission's page.
 */
import { readBody } from './body.ts';
import { tokenOf } from './credentials.ts';
import { json, redirect, withProblems } from './respond.ts';
import type { Handle } from './types.ts';

interface TokenAction<R> {
  act: (id: string, token: string | undefined) => Promise<R>;
  /** What an API client gets of the submission after the act. */
  view: (record: R) => unknown;
  /** The submission's page behind its private link, where the plain form is sent back to. */
  page: (id: string, token: string) => string;
  /** The page's `klart=` flag, which tells what was done. */
  done: 'bekraftad' | 'tillbakadragen';
}

export function tokenAction<R extends { id: string }>({ act, view, page, done }: TokenAction<R>): Handle {
  return withProblems(async (request) => {
    const body = request.body ? readBody(request) : undefined;
    const token = tokenOf(request, body);
    const record = await act(request.pathParams.id!, token);
    // The act succeeded, so the token was there.
    if (body?.kind === 'form') return redirect(`${page(record.id, token!)}&klart=${done}`);
    return json(200, await view(record));
  });
}
