// Runs the real server (src/main.ts) as a child process, as `npm start` does.
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "../../src/db/embedded.js";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// One process, as `npm start` runs it: node with tsx's loader (no wrapper process).
const NODE = `${ROOT}node_modules/.bin/node`;
const ENTRY = ["--import", "tsx", "src/main.ts"];

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  output(): string;
  /** resolves with the exit code */
  exited: Promise<number | null>;
}


/** Starts the server; resolves once it logs `ready` (that it listens) or rejects with its output. */
export async function startServer(env: Record<string, string>, args: string[] = [], ready = "Fedigraph listening"): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const childEnv: Record<string, string> = { PATH: `${ROOT}node_modules/.bin:${process.env.PATH}`, HOME: process.env.HOME ?? "/root" };
  const child = spawn(NODE, [...ENTRY, ...args], {
    cwd: ROOT,
    env: { ...childEnv, PORT: String(port), LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const check = () => {
      if (output.includes(ready)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`server exited with ${code}:\n${output}`), { code, output }));
    });
  });
  return { child, port, output: () => output, exited };
}

/** Runs the CLI to completion and returns its exit code and output. */
export async function runCli(env: Record<string, string>, args: string[] = []) {
  const childEnv: Record<string, string> = { PATH: `${ROOT}node_modules/.bin:${process.env.PATH}`, HOME: process.env.HOME ?? "/root" };
  const child = spawn(NODE, [...ENTRY, ...args], { cwd: ROOT, env: { ...childEnv, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { code, stdout, stderr };
}

export { freePort };
