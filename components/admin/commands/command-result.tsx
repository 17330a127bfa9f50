import { Badge } from '@/components/ui/badge';
import type { TTone } from '@/components/ui/connector-status';
import type { CommandOutcome } from '@/lib/commands/command-outcome';
import type { TCommandFormState } from './command-form-state';

const GOOD = new Set(['Accepted', 'Unlocked']);
const PARTIAL = new Set(['RebootRequired', 'Scheduled']);

/** The headline an operator reads: the charger's own word, or what happened instead. */
export function outcomeHeadline(outcome: CommandOutcome): { text: string; tone: TTone } {
  switch (outcome.state) {
    case 'answered': {
      const status = outcome.ocppStatus;
      if (status === null) return { text: 'Answered', tone: 'green' };
      if (GOOD.has(status)) return { text: status, tone: 'green' };
      return { text: status, tone: PARTIAL.has(status) ? 'amber' : 'red' };
    }
    case 'timeout':
      return { text: 'Timeout', tone: 'amber' };
    case 'offline':
      return { text: 'Offline', tone: 'grey' };
    case 'failed':
      return { text: `Error ${outcome.error?.code ?? ''}`.trim(), tone: 'red' };
  }
}

function explanation(outcome: CommandOutcome): string | null {
  switch (outcome.state) {
    case 'timeout':
      return 'The charger did not answer in time.';
    case 'offline':
      return 'The charger is not connected: nothing was sent.';
    case 'failed':
      return outcome.error?.message || 'The charger answered with a CALLERROR.';
    default:
      return answerSummary(outcome.response);
  }
}

/** A line for answers whose point is not a status (GetConfiguration, GetLocalListVersion, …). */
function answerSummary(response: unknown): string | null {
  if (typeof response !== 'object' || response === null) return null;
  const answer = response as Record<string, unknown>;
  const parts: string[] = [];
  if (Array.isArray(answer.configurationKey)) parts.push(`${answer.configurationKey.length} keys`);
  if (Array.isArray(answer.unknownKey) && answer.unknownKey.length > 0) {
    parts.push(`unknown: ${answer.unknownKey.join(', ')}`);
  }
  if (typeof answer.listVersion === 'number') parts.push(`list version ${answer.listVersion}`);
  if (typeof answer.fileName === 'string') parts.push(`file ${answer.fileName}`);
  if (typeof answer.data === 'string') parts.push(`data: ${answer.data}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** What came of a submitted command form, shown right under it. */
export function CommandResult({ state }: { state: TCommandFormState }) {
  // Field problems are shown at the fields; a question in the confirm box.
  if (state.status === 'idle' || state.status === 'confirm' || state.status === 'invalid') {
    return null;
  }
  if (state.status !== 'sent') {
    return (
      <p role="alert" data-testid="command-result" className="text-sm text-red-700">
        {state.message}
      </p>
    );
  }
  const { outcome } = state;
  const headline = outcomeHeadline(outcome);
  const detail = explanation(outcome);
  return (
    <div
      role="status"
      data-testid="command-result"
      data-state={outcome.state}
      className="space-y-1 text-sm"
    >
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={headline.tone} className="text-sm">
          {headline.text}
        </Badge>
        {outcome.latencyMs !== null && (
          <span className="text-xs text-slate-500 tabular-nums">{outcome.latencyMs} ms</span>
        )}
      </div>
      {detail && <p className="break-words text-slate-700">{detail}</p>}
      {outcome.response !== null && (
        <details>
          <summary className="cursor-pointer text-xs text-slate-500">Full response</summary>
          <pre className="mt-1 max-h-60 overflow-auto rounded-lg bg-slate-900 p-2 text-xs text-slate-100">
            {JSON.stringify(outcome.response, null, 2)}
          </pre>
        </details>
      )}
    </div>
  );
}

/** One line for small inline forms (a configuration key, a reservation's cancel button). */
export function CompactCommandResult({ state }: { state: TCommandFormState }) {
  if (state.status === 'idle' || state.status === 'confirm') return null;
  if (state.status !== 'sent') {
    return (
      <span role="alert" data-testid="command-result" className="text-xs text-red-700">
        {state.message}
      </span>
    );
  }
  const headline = outcomeHeadline(state.outcome);
  const reason = state.outcome.state === 'answered' ? null : explanation(state.outcome);
  return (
    <span
      role="status"
      data-testid="command-result"
      data-state={state.outcome.state}
      className="inline-flex flex-wrap items-center gap-1.5"
      title={reason ?? undefined}
    >
      <Badge tone={headline.tone}>{headline.text}</Badge>
      {state.outcome.latencyMs !== null && (
        <span className="text-xs text-slate-500 tabular-nums">{state.outcome.latencyMs} ms</span>
      )}
    </span>
  );
}
