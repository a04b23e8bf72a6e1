import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * Runs one of these scripts (TypeScript, through tsx) in a child process, so that the memory
 * its work takes (a migration, a seed, loading the Stripe catalog) goes when it exits instead of
 * staying in the long-lived parent. Resolves with the child's message (sent over IPC) when it
 * exits 0; rejects with what it wrote to stderr otherwise (the caller prints it once).
 */
export function runScriptInChild<Message = undefined>(
  script: string,
  { env, failure, output }: { env: NodeJS.ProcessEnv; failure: string; output: 'show' | 'hide' },
): Promise<Message | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, script)], {
      env,
      stdio: ['ignore', output === 'show' ? 'inherit' : 'ignore', 'pipe', 'ipc'],
    });
    let message: Message | undefined;
    let errors = '';
    child.on('message', (sent: Message) => (message = sent));
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(message) : reject(new Error(`${failure}: ${errors.trim() || `exit code ${code}`}`)),
    );
  });
}
