'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { useSWRConfig } from 'swr';
import { IDLE, type TCommandFormState } from '@/components/admin/commands/command-form-state';

type TCommandServerAction = (
  previous: TCommandFormState,
  form: FormData,
) => Promise<TCommandFormState>;

/**
 * Runs a command server action from a form and keeps what the operator typed: React resets a
 * form after an `action={…}` submission, so this submits from onSubmit instead. The clicked
 * button's name and value travel along (the confirm step's `confirmed=yes`). Once a command
 * went out, everything shown for the station is re-read.
 */
export function useCommandForm(stationId: string, serverAction: TCommandServerAction) {
  const [state, dispatch, pending] = useActionState(serverAction, IDLE);
  const { mutate } = useSWRConfig();
  const revalidated = useRef<TCommandFormState>(IDLE);
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
