import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

/**
 * Runs a command and reports its wall time and peak memory. `next build` spreads its work over
 * worker processes, so memory is sampled over the whole process tree from /proc: the peak of the
 * tree's summed resident memory, and the largest single process (what `/usr/bin/time -v` reports).
 * Where /proc does not exist the memory figures are null rather than guessed.
 */

export type TimedRun = {
  seconds: number;
  peakTreeRssMb: number | null;
  peakProcessRssMb: number | null;
  exitCode: number;
  outputTail: string;
};

const pageBytes = 4096;

type ProcessSample = { pid: number; parent: number; rssBytes: number };

function sampleProcesses(): ProcessSample[] {
  const samples: ProcessSample[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name, which is in parentheses and may itself contain spaces.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      samples.push({
        pid: Number(entry),
        parent: Number(fields[1]),
        rssBytes: Number(fields[21]) * pageBytes,
      });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return samples;
}

function treeOf(rootPid: number, samples: readonly ProcessSample[]): ProcessSample[] {
  const children = new Map<number, ProcessSample[]>();
  for (const sample of samples)
    children.set(sample.parent, [...(children.get(sample.parent) ?? []), sample]);
  const tree: ProcessSample[] = [];
  const queue = samples.filter((sample) => sample.pid === rootPid);
  while (queue.length > 0) {
    const next = queue.shift();
    if (!next) break;
    tree.push(next);
    queue.push(...(children.get(next.pid) ?? []));
  }
  return tree;
}

export function timedRun(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; sampleEveryMs?: number },
): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const canSample = existsSync("/proc/self/stat");
    let peakTree = 0;
    let peakProcess = 0;
    const sample = () => {
      if (!canSample || child.pid === undefined) return;
      const tree = treeOf(child.pid, sampleProcesses());
      peakTree = Math.max(
        peakTree,
        tree.reduce((sum, process) => sum + process.rssBytes, 0),
      );
      peakProcess = Math.max(peakProcess, ...tree.map((process) => process.rssBytes));
    };
    const timer = setInterval(sample, options.sampleEveryMs ?? 250);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      const toMb = (bytes: number) => (canSample ? Math.round(bytes / 1024 / 1024) : null);
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakTreeRssMb: toMb(peakTree),
        peakProcessRssMb: toMb(peakProcess),
        exitCode: code ?? 1,
        outputTail: output,
      });
    });
  });
}
