/** Thrown by `fetcher` for a non-2xx answer; carries the HTTP status and the API error code. */
export class FetchError extends Error {
  readonly status: number;
  readonly code: string | undefined;

  constructor(message: string, status: number, code?: string) {
    super(message);
    this.name = 'FetchError';
    this.status = status;
    this.code = code;
  }
}

/** The one SWR fetcher: JSON in, FetchError (with `.status`) on any error answer. */
export async function fetcher<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    throw new FetchError(
      body?.error?.message ?? `Request failed (${response.status})`,
      response.status,
      body?.error?.code,
    );
  }
  return (await response.json()) as T;
}
