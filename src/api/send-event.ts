import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendEventResponseSchema } from '../../contract/writes.ts';
import { type InstanceRef, instanceApiPath, refreshAfterWrite } from './change-instance-status.ts';
import { apiWrite } from './client.ts';

export interface SendEventInput {
  type: string;
  payload: unknown;
}

/** Delivers an event to the instance's open (or next) `waitForEvent` for `type`. */
export async function sendEvent(ref: InstanceRef, { type, payload }: SendEventInput): Promise<void> {
  await apiWrite(
    'POST',
    `${instanceApiPath(ref)}/events/${encodeURIComponent(type)}`,
    payload,
    sendEventResponseSchema,
  );
}

export function useSendEvent(ref: InstanceRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SendEventInput) => sendEvent(ref, input),
    onSettled: (_data, error) => refreshAfterWrite(queryClient, ref, error),
  });
}
