import { Badge } from '@/components/ui/badge';
import type { TSmartChargingFormState } from './smart-charging-form-state';

function headline(state: Extract<TSmartChargingFormState, { status: 'sent' }>) {
  const { command } = state;
  if (!command)
    return { text: state.ok ? 'Done' : 'Failed', tone: state.ok ? 'green' : 'red' } as const;
  if (command.state === 'timeout') return { text: 'Timeout', tone: 'amber' } as const;
  if (command.state === 'offline') return { text: 'Offline', tone: 'grey' } as const;
  if (command.state === 'failed')
    return { text: `Error ${command.error?.code ?? ''}`.trim(), tone: 'red' } as const;
  return { text: command.ocppStatus ?? 'Answered', tone: state.ok ? 'green' : 'red' } as const;
}

/** What came of a smart-charging form: the charger's own answer first, then in words. */
export function SmartChargingResult({ state }: { state: TSmartChargingFormState }) {
  if (state.status === 'idle' || state.status === 'invalid') return null;
  if (state.status === 'refused') {
    return (
      <p role="alert" data-testid="smart-charging-result" className="text-sm text-red-700">
        {state.message}
      </p>
    );
  }
  const { text, tone } = headline(state);
  return (
    <div
      role="status"
      data-testid="smart-charging-result"
      data-ok={state.ok ? 'yes' : 'no'}
      className="flex flex-wrap items-center gap-2 text-sm"
    >
      <Badge tone={tone} className="text-sm">
        {text}
      </Badge>
      <span className="text-slate-700">{state.message}</span>
    </div>
  );
}
