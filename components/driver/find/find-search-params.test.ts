import { describe, expect, it } from 'vitest';
import { parseFindSearchParams, toChargingPointFilters } from './find-search-params';
import { projectToBox } from './project-to-box';

describe('the find page URL', () => {
  it('reads the API’s filter names, ignoring empty and bad values instead of failing', () => {
    expect(
      parseFindSearchParams({
        q: 'Hbf',
        city: '',
        connectorType: 'CCS2',
        minPowerKw: '50',
        onlyAvailable: 'true',
        onlyFavorites: 'maybe',
        near: 'north',
        from: 'Berlin',
      }),
    ).toEqual({
      q: 'Hbf',
      connectorType: ['CCS2'],
      minPowerKw: 50,
      onlyAvailable: true,
      from: 'Berlin',
    });
  });

  it('measures from the chosen city, else from the browser position; favorites need a user', () => {
    const centres = new Map([['berlin', { lat: 52.5, lng: 13.4 }]]);
    const params = parseFindSearchParams({ near: '48.1,11.6', onlyFavorites: 'true' });
    expect(toChargingPointFilters(params, centres, undefined)).toEqual({
      near: { lat: 48.1, lng: 11.6 },
    });
    expect(toChargingPointFilters({ ...params, from: 'BERLIN' }, centres, 'u1')).toEqual({
      near: { lat: 52.5, lng: 13.4 },
      userId: 'u1',
      onlyFavorites: true,
    });
  });
});

describe('projectToBox', () => {
  it('keeps every point inside the padded box, north up and east right', () => {
    const points = [
      { lat: 52.5, lng: 13.3 },
      { lat: 52.6, lng: 13.5 },
      { lat: 52.4, lng: 13.4 },
    ];
    const project = projectToBox(points, { width: 1000, height: 600, pad: 60 });
    for (const p of points.map(project)) {
      expect(p.x).toBeGreaterThanOrEqual(60);
      expect(p.x).toBeLessThanOrEqual(940);
      expect(p.y).toBeGreaterThanOrEqual(60);
      expect(p.y).toBeLessThanOrEqual(540);
    }
    const [west, northEast] = [project(points[0]!), project(points[1]!)];
    expect(northEast.x).toBeGreaterThan(west.x);
    expect(northEast.y).toBeLessThan(west.y);
  });

  it('centres a single point', () => {
    expect(
      projectToBox([{ lat: 1, lng: 2 }], { width: 100, height: 60, pad: 10 })({ lat: 1, lng: 2 }),
    ).toEqual({
      x: 50,
      y: 30,
    });
  });
});
