import { describeError } from './describe-error';
import type { LogLevel } from './options';
import type { OutboundCalls } from './ocpp-types';

export type TransactionMethod = 'StartTransaction' | 'MeterValues' | 'StopTransaction';

type Send = <M extends TransactionMethod>(
  method: M,
  params: OutboundCalls[M][0],
) => Promise<OutboundCalls[M][1]>;

interface QueuedMessage {
  method: TransactionMethod;
  /** Built when sent, so a transactionId learned meanwhile is filled in. */
  params: () => OutboundCalls[TransactionMethod][0];
  /** Runs before the next message is built, e.g. to learn a transactionId. */
  onAnswer: ((response: never) => void) | undefined;
  resolve: (response: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Transaction messages in the order they happened (OCPP 1.6 section 4.7): while the link is
 * down they wait here with their original timestamps, and they go out one by one, in order,
 * once it is back. A message cut off by a dropped link stays first in line and is sent again;
 * one the CSMS answers with an error is given up, as retrying it would never succeed.
 */
export class OfflineQueue {
  private readonly waiting: QueuedMessage[] = [];
  private draining = false;

  constructor(
    private readonly send: Send,
    private readonly isOnline: () => boolean,
    private readonly log: (level: LogLevel, message: string) => void,
  ) {}

  get length(): number {
    return this.waiting.length;
  }

  enqueue<M extends TransactionMethod>(
    method: M,
    params: () => OutboundCalls[M][0],
    onAnswer?: (response: OutboundCalls[M][1]) => void,
  ): Promise<OutboundCalls[M][1]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({
        method,
        params,
        onAnswer,
        resolve: resolve as (response: unknown) => void,
        reject,
      });
      this.flush();
    });
  }

  /** Sends what is waiting, if online; call again when the link comes back. */
  flush(): void {
    if (this.draining) return;
    this.draining = true;
    void this.drain().finally(() => (this.draining = false));
  }

  /** The charger is switched off: whoever waits for an answer gets an error. */
  abandon(reason: string): void {
    for (const message of this.waiting.splice(0)) message.reject(new Error(reason));
  }

  private async drain(): Promise<void> {
    while (this.isOnline()) {
      const head = this.waiting[0];
      if (!head) return;
      try {
        const response = await this.send(head.method, head.params());
        this.waiting.shift();
        head.onAnswer?.(response as never);
        head.resolve(response);
      } catch (error) {
        if (!this.isOnline()) return;
        this.waiting.shift();
        this.log('warn', `${head.method} given up: ${describeError(error)}`);
        head.reject(error);
      }
    }
  }
}
