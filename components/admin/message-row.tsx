import { formatTimestamp } from '@/components/ui/format';
import type { TStationMessage } from '@/lib/ocpp-log/list-station-messages';

const MESSAGE_TYPES: Record<number, string> = { 2: 'CALL', 3: 'CALLRESULT', 4: 'CALLERROR' };

export function MessageRow({ message }: { message: TStationMessage }) {
  const type =
    message.messageType === null
      ? 'unparseable'
      : (MESSAGE_TYPES[message.messageType] ?? String(message.messageType));
  const body = message.raw ?? JSON.stringify(message.payload, null, 2);
  return (
    <li className="py-2 text-sm" data-testid="ocpp-message" data-action={message.action ?? ''}>
      <details>
        <summary className="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1">
          <time dateTime={message.createdAt} className="font-mono text-xs text-slate-500">
            {formatTimestamp(message.createdAt)}
          </time>
          <span
            className={`rounded px-1.5 py-0.5 text-xs font-medium ${message.direction === 'in' ? 'bg-sky-50 text-sky-800' : 'bg-violet-50 text-violet-800'}`}
            title={message.direction === 'in' ? 'From the charger' : 'To the charger'}
          >
            {message.direction === 'in' ? '← in' : '→ out'}
          </span>
          <span className="font-medium">{message.action ?? '—'}</span>
          <span className="text-xs text-slate-500">{type}</span>
        </summary>
        <pre className="mt-2 max-h-80 overflow-auto rounded-lg bg-slate-900 p-3 text-xs text-slate-100">
          {body}
        </pre>
      </details>
    </li>
  );
}
