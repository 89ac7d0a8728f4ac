import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';

/** process.env over the optional `.env` file in `root`: variables set in the environment win. */
export function loadEnv(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string | undefined> {
  let text: string;
  try {
    text = readFileSync(join(root, '.env'), 'utf8');
  } catch {
    return { ...env };
  }
  return { ...parseEnv(text), ...env };
}
