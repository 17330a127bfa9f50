import type { TSessionStatus } from '@/lib/sessions/session-states';

type TStepState = 'done' | 'current' | 'upcoming' | 'ended';

interface TStep {
  label: string;
  state: TStepState;
}

/** Where each status sits on the path PENDING → APPROVED → CHARGING → finished. */
const PLACE: Record<TSessionStatus, number> = {
  PENDING: 0,
  DENIED: 0,
  CANCELLED: 0,
  APPROVED: 1,
  CHARGING: 2,
  COMPLETED: 3,
  STOPPED: 3,
  FAILED: 3,
};

const FINISH_LABEL: Partial<Record<TSessionStatus, string>> = {
  COMPLETED: 'Completed',
  STOPPED: 'Stopped',
  FAILED: 'Failed',
};

/**
 * The state machine as four steps. A request DENIED or CANCELLED before charging ends at the
 * step it reached (APPROVED ones can be cancelled too), shown crossed out with the end state.
 */
export function sessionSteps(status: TSessionStatus, approved: boolean): TStep[] {
  const ended = status === 'DENIED' || status === 'CANCELLED';
  const reached = ended ? (approved ? 1 : 0) : PLACE[status];
  const finished = reached === 3;
  const labels = ['Requested', 'Approved', 'Charging', FINISH_LABEL[status] ?? 'Finished'];
  const steps = labels.map((label, index): TStep => {
    if (index < reached) return { label, state: 'done' };
    if (index === reached) return { label, state: finished ? 'done' : 'current' };
    return { label, state: 'upcoming' };
  });
  if (ended) {
    steps[reached] = { label: status === 'DENIED' ? 'Denied' : 'Cancelled', state: 'ended' };
    return steps.slice(0, reached + 1);
  }
  if (status === 'FAILED') steps[3] = { label: 'Failed', state: 'ended' };
  return steps;
}

const DOT: Record<TStepState, string> = {
  done: 'bg-brand-600 text-white',
  current: 'bg-white text-brand-700 ring-2 ring-brand-600',
  upcoming: 'bg-slate-200 text-slate-600',
  ended: 'bg-red-600 text-white',
};

const SR: Record<TStepState, string> = {
  done: 'done',
  current: 'current step',
  upcoming: 'not yet',
  ended: 'ended here',
};

export function SessionSteps({ status, approved }: { status: TSessionStatus; approved: boolean }) {
  const steps = sessionSteps(status, approved);
  return (
    <ol className="flex items-start gap-1" aria-label="Session progress">
      {steps.map((step, index) => (
        <li
          key={step.label}
          aria-current={step.state === 'current' ? 'step' : undefined}
          className="flex min-w-0 flex-1 flex-col items-center text-center"
        >
          <span className="flex w-full items-center">
            <span
              aria-hidden
              className={`h-0.5 flex-1 ${index === 0 ? 'invisible' : step.state === 'upcoming' ? 'bg-slate-200' : 'bg-brand-600'}`}
            />
            <span
              aria-hidden
              className={`flex size-7 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${DOT[step.state]}`}
            >
              {step.state === 'ended' ? '✕' : step.state === 'done' ? '✓' : index + 1}
            </span>
            <span
              aria-hidden
              className={`h-0.5 flex-1 ${index === steps.length - 1 ? 'invisible' : steps[index + 1]?.state === 'upcoming' ? 'bg-slate-200' : 'bg-brand-600'}`}
            />
          </span>
          <span
            className={`mt-1 text-xs ${step.state === 'current' || step.state === 'ended' ? 'font-semibold text-slate-900' : 'text-slate-600'}`}
          >
            {step.label}
            <span className="sr-only"> ({SR[step.state]})</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
