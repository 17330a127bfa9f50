import { ZNoContent } from '../schemas/common';

export const operator = { kind: 'session-or-bearer', role: 'operator' } as const;
export const signedIn = { kind: 'session-or-bearer' } as const;
export const AT = '2026-03-01T10:00:00.000Z';
export const DRIVER_ID = '6a1f0e2d-3c4b-4a59-8e7d-1f2a3b4c5d6e';
export const CURSOR = 'eyJuYW1lIjoiSGFyYm91ciJ9';
export const deleted = {
  status: 204,
  description: 'Deleted; no body.',
  schema: ZNoContent,
  example: null,
} as const;
