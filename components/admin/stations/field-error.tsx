/** The message beside a form field; its id is what the field's aria-describedby points at. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-xs text-red-700">
      {message}
    </p>
  );
}

export const inputClass =
  'rounded-lg border border-slate-300 px-2 py-1.5 text-sm aria-invalid:border-red-500';
