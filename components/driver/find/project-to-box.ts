interface TLatLng {
  lat: number;
  lng: number;
}

/** Degrees shown at least, so one charger (or a few at one site) do not fill the whole map. */
const MIN_SPAN_DEG = 0.02;

/**
 * An equirectangular projection fitted to the points: longitude shrinks by cos(latitude) so
 * distances look right at the points' latitude, and the aspect ratio is kept (no stretching).
 */
export function projectToBox(
  points: TLatLng[],
  box: { width: number; height: number; pad: number },
): (point: TLatLng) => { x: number; y: number } {
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  const [minLat, maxLat] = [Math.min(...lats), Math.max(...lats)];
  const [minLng, maxLng] = [Math.min(...lngs), Math.max(...lngs)];
  const midLat = (minLat + maxLat) / 2;
  const cos = Math.cos((midLat * Math.PI) / 180);
  const spanX = Math.max((maxLng - minLng) * cos, MIN_SPAN_DEG);
  const spanY = Math.max(maxLat - minLat, MIN_SPAN_DEG);
  const innerW = box.width - 2 * box.pad;
  const innerH = box.height - 2 * box.pad;
  const scale = Math.min(innerW / spanX, innerH / spanY);
  const centreX = ((minLng + maxLng) / 2) * cos;
  const centreY = (minLat + maxLat) / 2;
  return ({ lat, lng }) => ({
    x: box.width / 2 + (lng * cos - centreX) * scale,
    y: box.height / 2 - (lat - centreY) * scale,
  });
}
