import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  p95: number;
  min: number;
  runs: number;
}

/** Runs `task` `warmup` times untimed, then `runs` times timed; milliseconds. */
export async function measure(task: () => unknown, runs = 20, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), min: times[0]!, runs };
}

export function report(label: string, timing: Timing, target?: number): void {
  const verdict = target === undefined ? '' : timing.median <= target ? `（目标 < ${target} ms：达到）` : `（目标 < ${target} ms：未达到）`;
  console.log(
    `${label.padEnd(34)} 中位数 ${timing.median.toFixed(2).padStart(8)} ms  P95 ${timing.p95.toFixed(2).padStart(8)} ms  最快 ${timing.min.toFixed(2).padStart(8)} ms  （${timing.runs} 次）${verdict}`,
  );
}
