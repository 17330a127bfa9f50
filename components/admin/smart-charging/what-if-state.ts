import type { TSiteAllocation } from '@/lib/smart-charging/load-management/load-management-schemas';

/** What the what-if form shows: the allocation a limit would give, or why there is none. */
export type TWhatIfState =
  | { status: 'idle' }
  | { status: 'invalid'; message: string; fieldErrors: Record<string, string> }
  | { status: 'refused'; message: string }
  | { status: 'done'; allocation: TSiteAllocation };

export const IDLE_WHAT_IF: TWhatIfState = { status: 'idle' };

/** What the "rebalance now" button shows. */
export type TRebalanceState =
  { status: 'idle' } | { status: 'refused'; message: string } | { status: 'done'; message: string };

export const IDLE_REBALANCE: TRebalanceState = { status: 'idle' };
