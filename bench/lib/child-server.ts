/** Starts a server script in a child process and waits for its "READY <url>" line. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface ChildServer {
  url: string;
  pid: number;
  /** Sends `signal` to the server process (e.g. SIGUSR2 to start a CPU profile). */
  signal(signal: NodeJS.Signals): void;
  /** Settles when the process has ended, however it ended. */
  exited: Promise<void>;
  stop(): Promise<void>;
}

const root = resolve(import.meta.dirname, '../..');

export function startChildServer(script: string, args: string[] = [], env: Record<string, string> = {}): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', resolve(root, script), ...args], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolveStart, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 120 s`)), 120_000);
    const early = (code: number | null) => reject(new Error(`${script} exited with ${code} before it was ready`));
    child.once('exit', early);
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /READY (\S+)/.exec(buffered);
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', early);
      resolveStart({
        url: match[1],
        pid: child.pid ?? 0,
        signal: (signal) => void child.kill(signal),
        exited,
        stop: () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    });
  });
}
