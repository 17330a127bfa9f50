import { ApiError } from './api-error';

/** An empty body reads as undefined; anything that is not JSON is a 400, not a 500. */
export async function readJsonBody(req: Request): Promise<unknown> {
  const text = await req.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError('invalid_json', 'The request body is not valid JSON');
  }
}
