/**
 * The domain's errors become HTTP answers in one place: each kind its status code, every one an
 * RFC 9457 problem+json with the domain's Swedish title and field errors.
 */
import { expect, it } from 'vitest';
import { Conflict, Forbidden, Invalid, NotFound, Unauthorized } from '../../functions/domain/errors.ts';
import { problemOf, withProblems } from '../../functions/http/respond.ts';
import type { HttpRequest } from '../../functions/http/types.ts';

const errors = [{ path: 'id', message: 'Länken stämmer inte' }];
const request: HttpRequest = {
  method: 'GET',
  path: '/api/loi/x',
  pathParams: {},
  query: new URLSearchParams(),
  headers: {},
  body: '',
  sourceIp: '192.0.2.1',
};

it('gives each kind of domain error its status code', () => {
  expect(problemOf(new NotFound('Finns inte', errors))?.status).toBe(404);
  expect(problemOf(new Conflict('Avslutad', errors))?.status).toBe(409);
  expect(problemOf(new Forbidden('Fel region', errors))?.status).toBe(403);
  expect(problemOf(new Invalid('Har fel', errors))?.status).toBe(422);
  const unauthorized = problemOf(new Unauthorized('Nyckel krävs', errors, 'leverantor'));
  expect(unauthorized?.status).toBe(401);
  expect(unauthorized?.headers).toEqual({ 'WWW-Authenticate': 'Bearer realm="leverantor"' });
  expect(problemOf(new Error('oförutsett'))).toBeUndefined();
});

it('answers a domain error as problem+json with its title and field errors', async () => {
  const response = await withProblems(async () => {
    throw new NotFound('Avsiktsförklaringen finns inte', errors);
  })(request);
  expect(response.status).toBe(404);
  expect(response.headers['Content-Type']).toContain('application/problem+json');
  expect(JSON.parse(response.body)).toEqual({ type: 'about:blank', title: 'Avsiktsförklaringen finns inte', status: 404, errors });
});
