/**
 * Which alert banners the driver closed, kept in sessionStorage: closed for this browser
 * session only, so a still-running alert shows again next visit.
 */
const KEY = 'chargedeck:dismissed-alerts';
const listeners = new Set<() => void>();

export function readDismissedAlerts(): string {
  try {
    return window.sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function dismissAlert(id: string): void {
  const ids = new Set(readDismissedAlerts().split(',').filter(Boolean));
  ids.add(id);
  try {
    window.sessionStorage.setItem(KEY, [...ids].join(','));
  } catch {
    // Storage refused (private mode quota): the banner still hides until the next render.
  }
  for (const listener of listeners) listener();
}

export function subscribeDismissedAlerts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
