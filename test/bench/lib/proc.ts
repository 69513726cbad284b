// Processes: the server under test as a child process, /proc readings (RSS, CPU), and
// facts about the machine for the result file.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { freePort } from "../../../src/db/embedded.js";
import { readFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { ROOT } from "./config.js";


export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resident set size of a process in bytes (VmRSS), or NaN once it is gone. */
export function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

const TICKS_PER_S = 100; // USER_HZ on Linux

/** user + system CPU seconds a process has used so far (0 when it is gone). */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S; // utime, stime
  } catch {
    return 0;
  }
}

export const sumCpuSeconds = (pids: number[]) => pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);

export interface ServerProcess {
  pid: number;
  port: number;
  url: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `src/main.ts serve` in its own Node process (node --import tsx, so that the pid
 * is the server itself, not a tsx wrapper) and waits until /readyz answers.
 */
export async function startServer(databaseUrl: string, logLevel = "silent", extraEnv: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "serve"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: "http://bench.test",
      LOG_LEVEL: logLevel,
      // e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server under test
      ...(process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {}),
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server did not become ready in 120 s:\n${output}`);
    }
    await sleep(100);
  }
  return {
    pid: child.pid!,
    port,
    url,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface WorkerProcess {
  pid: number;
  child: ChildProcess;
  /** when (performance.timeOrigin + now) it said it runs queued jobs */
  readyAt: number;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `src/main.ts worker` (queued jobs and periodic tasks only, no HTTP) and waits for
 * its "running queued jobs" log line.
 */
export async function startWorker(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "worker"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PUBLIC_URL: "http://bench.test",
      LOG_LEVEL: "info",
      ...(process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {}),
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let readyAt = 0;
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (!readyAt && output.includes("running queued jobs")) readyAt = performance.timeOrigin + performance.now();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 120_000;
  while (!readyAt) {
    if (child.exitCode !== null) throw new Error(`worker exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`worker did not start in 120 s:\n${output}`);
    }
    await sleep(20);
  }
  return {
    pid: child.pid!,
    child,
    readyAt,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function tryExec(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

export function machineInfo() {
  const sha = tryExec("git", ["rev-parse", "HEAD"]);
  const dirty = tryExec("git", ["status", "--porcelain", "--untracked-files=no"]) !== "";
  let load = "";
  try {
    load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    // not Linux
  }
  return {
    nproc: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? "unknown",
    memGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    gitSha: sha || "unknown",
    gitDirty: dirty,
    loadAvgAtStart: load,
    ulimitN: Number(tryExec("sh", ["-c", "ulimit -n"])) || null,
  };
}

export { freePort };
