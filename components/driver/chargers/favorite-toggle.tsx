'use client';

import { useActionState } from 'react';
import { toggleFavoriteAction } from '@/app/(driver)/chargers/[id]/actions';
import { IDLE_FAVORITE_FORM } from './charger-form-state';

/** Save or forget this charger; the star reflects the server's answer. */
export function FavoriteToggle({
  stationId,
  isFavorite,
}: {
  stationId: string;
  isFavorite: boolean;
}) {
  const [state, action, pending] = useActionState(toggleFavoriteAction, IDLE_FAVORITE_FORM);
  const saved = state.status === 'saved' ? state.isFavorite : isFavorite;
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="stationId" value={stationId} />
      <input type="hidden" name="favorite" value={saved ? 'false' : 'true'} />
      <button
        type="submit"
        disabled={pending}
        aria-pressed={saved}
        data-testid="favorite-toggle"
        className="flex items-center gap-1.5 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
      >
        <span aria-hidden className={saved ? 'text-amber-500' : 'text-slate-400'}>
          {saved ? '★' : '☆'}
        </span>
        {saved ? 'Saved to favorites' : 'Add to favorites'}
      </button>
      {state.status === 'refused' && (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
