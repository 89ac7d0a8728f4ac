import { errorEnvelope } from '../contract/envelope.ts';

/**
 * Cloudflare-style failures. Only 10001 (workflows.api.error.internal_server) and 971 (rate limit) are
 * confirmed codes; the others are plausible picks, and the messages follow the OpenAPI descriptions.
 */
export const ERROR = {
  validation: { status: 400, code: 10002, message: 'Input Validation Error.' },
  workflowNotFound: { status: 404, code: 10200, message: 'Workflow not found.' },
  workflowNameNotFound: { status: 404, code: 10200, message: 'Workflow Name not found.' },
  instanceNotFound: { status: 404, code: 10201, message: 'Instance not found.' },
  stepNotFound: { status: 404, code: 10202, message: 'Step not found.' },
  versionNotFound: { status: 404, code: 10203, message: 'Version not found.' },
  internal: { status: 500, code: 10001, message: 'workflows.api.error.internal_server' },
  rateLimited: { status: 429, code: 971, message: 'Please wait and consider throttling your request speed' },
  methodNotAllowed: { status: 405, code: 10000, message: 'Method not allowed.' },
  invalidInstanceId: { status: 400, code: 10002, message: 'Provided Workflow ID is not valid.' },
  notRestartable: { status: 409, code: 10001, message: 'Instance not in a restartable state.' },
  cannotTerminate: { status: 409, code: 10001, message: 'Instance not in a terminable state.' },
  alreadyExists: { status: 409, code: 10405, message: 'workflows.api.error.instance.already_exists' },
} as const;

export type ErrorKind = keyof typeof ERROR;

/** Thrown by handlers; turned into the failure envelope by the router. */
export class ApiFailure extends Error {
  readonly kind: ErrorKind;
  readonly detail: string | undefined;
  constructor(kind: ErrorKind, detail?: string) {
    super(detail ?? ERROR[kind].message);
    this.kind = kind;
    this.detail = detail;
  }
}

export function failureResponse(kind: ErrorKind, detail?: string, headers?: HeadersInit): Response {
  const { status, code, message } = ERROR[kind];
  return Response.json(errorEnvelope(code, detail ? `${message} ${detail}` : message), { status, headers });
}

/** Cloudflare's answer for a path it cannot route. */
export function routeNotFound(path: string): Response {
  return Response.json(
    errorEnvelope(7003, `Could not route to ${path}, perhaps your object identifier is invalid?`),
    { status: 404 },
  );
}
