/**
 * Runs a handler on Lambda behind an HTTP API (payload format 2.0).
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import type { Handle } from './types.ts';

export function onLambda(handle: Handle) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
    const headers = Object.fromEntries(Object.entries(event.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    // Payload 2.0 gives the Cookie header's cookies apart, as a list.
    if (event.cookies) headers.cookie = event.cookies.join('; ');
    const body = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body) : '';
    const response = await handle({
      method: event.requestContext.http.method,
      path: event.rawPath,
      pathParams: (event.pathParameters ?? {}) as Record<string, string>,
      query: new URLSearchParams(event.rawQueryString ?? ''),
      headers,
      body,
      // Behind CloudFront too this is the viewer's address: API Gateway takes it from the entry CloudFront adds to X-Forwarded-For.
      sourceIp: event.requestContext.http.sourceIp,
    });
    return { statusCode: response.status, headers: response.headers, body: response.body };
  };
}
