/** The CLI's voice: short lines on stderr-free stdout, progress in place on a terminal. */
import pc from 'picocolors';
import type { Logger } from '../build/context.ts';

export function consoleLogger(stream: NodeJS.WriteStream = process.stdout): Logger {
  const tty = stream.isTTY === true;
  let lastShown = 0;
  let inPlace = false;
  const clear = () => {
    if (inPlace) stream.write('\r\x1b[K');
    inPlace = false;
  };
  return {
    info(message) {
      clear();
      stream.write(`${message}\n`);
    },
    warn(message) {
      clear();
      stream.write(`${pc.yellow('warning')} ${message}\n`);
    },
    progress(label, done, total) {
      const pct = total ? Math.floor((done / total) * 100) : 100;
      if (tty) {
        stream.write(`\r\x1b[K${label} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} (${pct}%)`);
        inPlace = done < total;
        if (!inPlace) stream.write('\n');
        return;
      }
      // In a log, a line every 10 s at most, and the last one.
      const now = Date.now();
      if (done === total || now - lastShown > 10_000) {
        lastShown = now;
        stream.write(`${label} ${done}/${total} (${pct}%)\n`);
      }
    },
  };
}

/** A logger that keeps its lines, for tests. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => void lines.push(m),
    warn: (m) => void lines.push(`warning ${m}`),
    progress: () => {},
  };
}
