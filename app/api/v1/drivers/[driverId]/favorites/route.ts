import { ApiError } from '@/lib/api/api-error';
import { resolveDriver, ZDriverParams } from '@/lib/api/driver-params';
import { withAuth } from '@/lib/api/with-auth';
import { addFavorite } from '@/lib/favorites/add-favorite';
import { ZAddFavoriteRequest, ZRemoveFavoriteQuery } from '@/lib/favorites/favorite-requests';
import { listFavorites } from '@/lib/favorites/list-favorites';
import { removeFavorite } from '@/lib/favorites/remove-favorite';

/** The driver's saved chargers, newest first. */
export const GET = withAuth(
  async ({ db, user, params }) => {
    const driver = await resolveDriver(db, user, params.driverId);
    return { items: await listFavorites(db, { userId: driver.id }) };
  },
  { params: ZDriverParams },
);

/** Saves a charger (again: no change). An unknown station is a 422 on stationId. */
export const POST = withAuth(
  async ({ db, user, params, body }) => {
    const driver = await resolveDriver(db, user, params.driverId);
    const favorite = await addFavorite(db, { userId: driver.id, stationId: body.stationId });
    if (!favorite) {
      throw new ApiError('validation_failed', 'Invalid request body', [
        { path: 'stationId', message: 'No charging point has this id' },
      ]);
    }
    return Response.json(favorite, { status: 201 });
  },
  { params: ZDriverParams, body: ZAddFavoriteRequest },
);

/** Forgets a saved charger (`?stationId=`); forgetting one never saved is fine too. */
export const DELETE = withAuth(
  async ({ db, user, params, query }) => {
    const driver = await resolveDriver(db, user, params.driverId);
    await removeFavorite(db, { userId: driver.id, stationId: query.stationId });
    return new Response(null, { status: 204 });
  },
  { params: ZDriverParams, query: ZRemoveFavoriteQuery },
);
