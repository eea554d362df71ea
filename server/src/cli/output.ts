/**
 * Writing to stdout and stderr without node's stream objects: setting up `process.stdout` costs
 * about 5 ms (stream, pipe and tty modules), as much as linting a small file (bench/NOTES.md).
 * Writes are synchronous and complete, like process.stdout's to files and pipes on Linux.
 */
import { fstatSync, writeSync } from 'node:fs';

/** A moment's sleep without spinning, while a non-blocking pipe is full. */
function pause(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
}

/**
 * Write all of `text` to `fd`. A closed pipe (`keepalived-lint ... | head`) ends the process
 * quietly with the exit status so far, as a reader that stopped reading expects.
 */
export function writeAll(fd: number, text: string): void {
  let buf = Buffer.from(text, 'utf8');
  while (buf.length > 0) {
    try {
      buf = buf.subarray(writeSync(fd, buf));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') pause();
      else if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      else throw e;
    }
  }
}

/**
 * Is stdout a terminal? A file or a pipe is not (fstat says so at once); for a character device
 * node:tty decides, which loads the net and stream modules (~6 ms), so only then.
 */
export function stdoutIsTty(): boolean {
  try {
    if (!fstatSync(1).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when needed
  return (require('node:tty') as typeof import('node:tty')).isatty(1);
}
