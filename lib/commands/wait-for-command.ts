import type { EventHub } from '@/lib/events/event-hub';

export interface CommandWait {
  /** True when the command's completion was announced, false at the deadline. */
  completed: Promise<boolean>;
  cancel: () => void;
}

/**
 * Listens for the command's `command.completed` event. Start it before the command is
 * announced, so a fast answer cannot slip past.
 */
export function waitForCommand(
  events: EventHub,
  commandId: string,
  timeoutMs: number,
): CommandWait {
  let unsubscribe = () => {};
  let timer: NodeJS.Timeout | undefined;
  const completed = new Promise<boolean>((resolve) => {
    unsubscribe = events.subscribe((event) => {
      if (event.type === 'command.completed' && event.commandId === commandId) resolve(true);
    });
    timer = setTimeout(() => resolve(false), timeoutMs);
  }).finally(() => cancel());
  function cancel() {
    unsubscribe();
    clearTimeout(timer);
  }
  return { completed, cancel };
}
