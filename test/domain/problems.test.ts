/**
 * The domain's errors become HTTP answers in one place: each kind its status code, every one an
 * RFC 9457 problem+json with the domain's Swedish title and field errors.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
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

/**
 * The store away or overloaded: errors as the AWS SDK gives them, from DynamoDB's own answers
 * (throttling, its 5xx) and from a connection that fails, each a 503 to try again after.
 */
describe('a store that is away or overloaded', () => {
  /** What the SDK throws when `client`, trying once, reads an item. */
  const errorOf = (client: DynamoDBClient) =>
    client.send(new GetItemCommand({ TableName: 'portal', Key: { pk: { S: 'x' } } })).then(
      () => undefined,
      (error: unknown) => error,
    );
  const once = { credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, maxAttempts: 1 };

  /** DynamoDB answering `status` with the error `type`. */
  const dynamoDbAnswering = (status: number, type: string) =>
    errorOf(
      new DynamoDBClient({
        ...once,
        region: 'eu-north-1',
        requestHandler: {
          handle: async () => ({
            response: {
              statusCode: status,
              headers: { 'content-type': 'application/x-amz-json-1.0' },
              body: Readable.from([Buffer.from(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message: type }))]),
            },
          }),
        },
      }),
    );

  /** The store at `endpoint`. */
  const storeAt = (endpoint: string) => errorOf(new DynamoDBClient({ ...once, endpoint, region: 'local' }));

  /** A server that takes each connection and drops it, as a store that stops in the middle of a request. */
  async function droppingServer() {
    const server = createServer((socket) => socket.destroy());
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    return {
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () => new Promise((closed) => server.close(closed)),
    };
  }

  const throttling = [
    [400, 'ProvisionedThroughputExceededException'],
    [400, 'ThrottlingException'],
    [400, 'RequestLimitExceeded'],
    [500, 'InternalServerError'],
    [503, 'ServiceUnavailable'],
  ] as const;

  it.each(throttling)('answers DynamoDB’s %i %s with 503 and Retry-After', async (status, type) => {
    const error = await dynamoDbAnswering(status, type);
    expect((error as Error).name).toBe(type);
    const response = await withProblems(async () => {
      throw error;
    })(request);
    expect(response.status).toBe(503);
    expect(response.headers['Content-Type']).toContain('application/problem+json');
    expect(Number(response.headers['Retry-After'])).toBeGreaterThan(0);
    expect(JSON.parse(response.body)).toEqual({
      type: 'about:blank',
      title: 'Tjänsten är tillfälligt otillgänglig',
      status: 503,
      errors: [],
      detail: 'Det du skickade har inte sparats. Försök igen om en stund.',
    });
  });

  it('answers a refused connection with 503', async () => {
    const { endpoint, close } = await droppingServer();
    await close();
    const error = await storeAt(endpoint);
    expect((error as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
    expect(problemOf(error)).toMatchObject({ status: 503, headers: { 'Retry-After': expect.any(String) } });
  });

  it('answers a connection dropped in the middle of a request with 503', async () => {
    const { endpoint, close } = await droppingServer();
    const error = await storeAt(endpoint);
    await close();
    expect((error as NodeJS.ErrnoException).code).toBe('ECONNRESET');
    expect(problemOf(error)).toMatchObject({ status: 503, headers: { 'Retry-After': expect.any(String) } });
  });

  it('keeps a request the store refuses (not throttling) as the error it is', async () => {
    expect(problemOf(await dynamoDbAnswering(400, 'ValidationException'))).toBeUndefined();
    expect(problemOf(await dynamoDbAnswering(400, 'ConditionalCheckFailedException'))).toBeUndefined();
  });
});
