import { Badge } from '@/components/ui/badge';

export function ConnectionBadge({ identity, online }: { identity: string; online: boolean }) {
  return (
    <Badge tone={online ? 'green' : 'grey'} data-testid={`connection-${identity}`}>
      {online ? 'Online' : 'Offline'}
    </Badge>
  );
}
