import type { CommandAction } from '@/lib/commands/command-actions';
import { ZCommandRequests, type TCommandRequest } from '@/lib/commands/command-requests';
import { COMMAND_SPECS, type TCommandField } from './command-specs';

export type TFieldErrors = Record<string, string>;

export type TParsedCommandForm<A extends CommandAction> =
  | { ok: true; request: TCommandRequest<A> }
  | { ok: false; fieldErrors: TFieldErrors; message: string };

const INTEGER = /^[+-]?\d+$/;
/** What a datetime-local input submits: no zone, so it is read as UTC like every console time. */
const LOCAL_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

type TReadField = { value: unknown } | { error: string } | null;

/** One submitted field as the request wants it; null when left empty. */
function readField(field: TCommandField, raw: string): TReadField {
  const text = field.kind === 'textarea' ? raw : raw.trim();
  if (text === '') return null;
  switch (field.kind) {
    case 'integer':
    case 'connector':
      // A non-integer stays a string so the schema reports it in its own words.
      return { value: INTEGER.test(text) ? Number(text) : text };
    case 'datetime':
      if (!LOCAL_DATETIME.test(text)) return { value: text };
      return { value: new Date(`${text}${text.length === 16 ? ':00' : ''}Z`).toISOString() };
    case 'list': {
      const items = text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      return items.length > 0 ? { value: items } : null;
    }
    case 'json':
      try {
        return { value: JSON.parse(text) as unknown };
      } catch (error) {
        return { error: `is not valid JSON (${(error as Error).message})` };
      }
    default:
      return { value: text };
  }
}

/**
 * The request a command form describes, validated by the command's own schema. Errors are
 * keyed by field name; a problem inside a JSON field names its path within the JSON.
 */
export function parseCommandForm<A extends CommandAction>(
  action: A,
  form: FormData,
): TParsedCommandForm<A> {
  const request: Record<string, unknown> = {};
  const fieldErrors: TFieldErrors = {};
  for (const field of COMMAND_SPECS[action].fields) {
    const raw = form.get(field.name);
    const read = readField(field, typeof raw === 'string' ? raw : '');
    if (read === null) {
      if (field.required) fieldErrors[field.name] = 'Required';
    } else if ('error' in read) {
      fieldErrors[field.name] = read.error;
    } else {
      request[field.name] = read.value;
    }
  }
  const parsed = ZCommandRequests[action].safeParse(request);
  if (parsed.success && Object.keys(fieldErrors).length === 0) {
    return { ok: true, request: parsed.data as TCommandRequest<A> };
  }
  let message = 'Check the highlighted fields.';
  for (const issue of parsed.error?.issues ?? []) {
    const [name, ...inner] = issue.path.map(String);
    if (name === undefined) {
      message = issue.message;
      continue;
    }
    fieldErrors[name] ??= inner.length > 0 ? `${inner.join('.')}: ${issue.message}` : issue.message;
  }
  return { ok: false, fieldErrors, message };
}
