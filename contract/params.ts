/** Path parameter rules from the OpenAPI schema (2026). */
export const WORKFLOW_NAME_PATTERN = /^[a-zA-Z0-9_][a-zA-Z0-9-_]*$/;
export const WORKFLOW_NAME_MAX = 64;
/** User-created ids are at most 100 characters; cron-triggered ones may be longer system ids. */
export const INSTANCE_ID_MAX = 271;
/** `per_page` bounds on list-instances. */
export const PER_PAGE_MAX = 100;
export const INSTANCES_PER_PAGE_DEFAULT = 50;
/** Cloudflare's API rate limit: 1,200 requests per 5 minutes per token. */
export const RATE_LIMIT_REQUESTS = 1200;
export const RATE_LIMIT_WINDOW_MS = 5 * 60 * 1000;
