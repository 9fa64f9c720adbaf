/**
 * The HTTP shapes the handlers speak, the same on Lambda (HTTP API payload 2.0) and locally.
 */
export interface HttpRequest {
  method: string;
  path: string;
  /** Values of the route's {placeholders}, e.g. { id } for /api/loi/{id}. */
  pathParams: Record<string, string>;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  body: string;
  /** The client's address, which the rate limits count by. */
  sourceIp: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type Handle = (request: HttpRequest) => Promise<HttpResponse>;
