'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { useSWRConfig } from 'swr';
import { IDLE, type TCommandFormState } from '@/components/admin/commands/command-form-state';

type TServerAction<S> = (previous: Awaited<S>, form: FormData) => Promise<S>;

/**
 * Runs a command server action from a form and keeps what the operator typed: React resets a
 * form after an `action={…}` submission, so this submits from onSubmit instead. The clicked
 * button's name and value travel along (the confirm step's `confirmed=yes`). Once a command
 * went out, everything shown for the station is re-read. Smart-charging forms pass their own
 * state type and idle value; any state with status 'sent' counts as "went out".
 */
export function useCommandForm<S extends { status: string } = TCommandFormState>(
  stationId: string,
  serverAction: TServerAction<S>,
  idle: Awaited<S> = IDLE as Awaited<S>,
) {
  const [state, dispatch, pending] = useActionState(serverAction, idle);
  const { mutate } = useSWRConfig();
  const revalidated = useRef<Awaited<S>>(idle);
  useEffect(() => {
    if (state.status !== 'sent' || revalidated.current === state) return;
    revalidated.current = state;
    const prefix = `/api/v1/stations/${stationId}`;
    void mutate((key) => typeof key === 'string' && key.startsWith(prefix));
  }, [state, stationId, mutate]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(form));
  }
  return { state, pending, onSubmit };
}
