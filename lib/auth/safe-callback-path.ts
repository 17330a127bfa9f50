/** Only same-site paths: `//evil.example` and `/\evil.example` are other hosts to a browser. */
export function safeCallbackPath(
  value: string | null | undefined,
  fallback = '/after-sign-in',
): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return fallback;
  }
  return value;
}
