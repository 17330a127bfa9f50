import Link from 'next/link';

/**
 * Keyset paging links: the next page carries the cursor, the filters stay in the URL. There is
 * no "previous" (a cursor only points forward); "first page" starts over with the same filters.
 */
export function PageLinks({
  path,
  params,
  nextCursor,
}: {
  path: string;
  params: Record<string, string | undefined>;
  nextCursor: string | null;
}) {
  const href = (cursor?: string) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...params, cursor })) {
      if (value) query.set(key, value);
    }
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  };
  return (
    <nav aria-label="Pages" className="flex gap-4 text-sm">
      {params.cursor && (
        <Link href={href()} className="text-brand-700 underline">
          First page
        </Link>
      )}
      {nextCursor && (
        <Link href={href(nextCursor)} className="text-brand-700 underline">
          Next page
        </Link>
      )}
    </nav>
  );
}
