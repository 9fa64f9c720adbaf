/** Sends an LOI as a browser or an API client would. */
export const postLoi = (url: string, body: unknown, key: string) =>
  fetch(`${url}/api/loi`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });
