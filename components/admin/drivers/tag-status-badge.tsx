import { Badge } from '@/components/ui/badge';

const TONES = { Accepted: 'green', Blocked: 'red', Expired: 'grey', Invalid: 'red' } as const;

/** A tag's token with its status (the data layer already reads an expired tag as Expired). */
export function TagStatusBadge({ idTag, status }: { idTag: string; status: string }) {
  const shown = status;
  const tone = TONES[shown as keyof typeof TONES] ?? 'grey';
  return (
    <Badge tone={tone} title={shown}>
      <span className="font-mono">{idTag}</span> · {shown}
    </Badge>
  );
}
