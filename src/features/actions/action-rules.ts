/**
 * Which actions an instance's status allows, as the API decides them (simulator/actions/state-machine.ts):
 * pause from running or waiting, resume from paused or waitingForPause, terminate from any status but a final
 * one, restart and delete from every status, and an event to anything still live. An unknown status is
 * offered everything the API may accept and left to answer for itself.
 */
export type InstanceAction = 'pause' | 'resume' | 'terminate' | 'restart' | 'sendEvent' | 'delete';

export const ACTION_LABELS: Record<InstanceAction, string> = {
  pause: 'Pause',
  resume: 'Resume',
  terminate: 'Terminate',
  restart: 'Restart',
  sendEvent: 'Send event',
  delete: 'Delete',
};

const FINAL = new Set(['complete', 'errored', 'terminated']);
const KNOWN = new Set([...FINAL, 'queued', 'running', 'paused', 'waitingForPause', 'waiting', 'rollingBack']);

/** Why an action is not available in `status`, or null when it is. */
export function disabledReason(action: InstanceAction, status: string): string | null {
  const known = KNOWN.has(status);
  switch (action) {
    case 'pause':
      if (!known || status === 'running' || status === 'waiting') return null;
      if (status === 'paused' || status === 'waitingForPause')
        return 'The instance is already pausing or paused.';
      return `Only a running or waiting instance can be paused; this one is ${status}.`;
    case 'resume':
      if (!known || status === 'paused' || status === 'waitingForPause') return null;
      return `Only a paused instance can be resumed; this one is ${status}.`;
    case 'terminate':
      if (!FINAL.has(status)) return null;
      return `The instance is already ${status}: there is nothing left to terminate.`;
    case 'sendEvent':
      if (!FINAL.has(status) && status !== 'rollingBack') return null;
      return `The instance is ${status}: an event would be accepted and dropped.`;
    case 'restart':
    case 'delete':
      return null;
  }
}

/** What a bulk run would do with each instance: act on it, or skip it with the reason. */
export function planBulk(
  action: InstanceAction,
  items: readonly { id: string; status: string }[],
): { act: string[]; skip: { id: string; reason: string }[] } {
  const act: string[] = [];
  const skip: { id: string; reason: string }[] = [];
  for (const item of items) {
    const reason = disabledReason(action, item.status);
    if (reason === null) act.push(item.id);
    else skip.push({ id: item.id, reason });
  }
  return { act, skip };
}
