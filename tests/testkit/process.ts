import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createServer } from "node:net";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type ServerProcess = {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<number | null>;
};

/** Whether `taskset` (util-linux) can pin processes to cores here. */
export function canPin(): boolean {
  try {
    execFileSync("taskset", ["-p", String(process.pid)], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The command that runs `node args…`, pinned to `cpus` (e.g. "0") with taskset when given and available. */
export function pinnedNode(args: string[], cpus?: string): [string, string[]] {
  return cpus && canPin() ? ["taskset", ["-c", cpus, process.execPath, ...args]] : [process.execPath, args];
}

/**
 * Starts `api/src/main.ts` as `npm start` does (node --import tsx), waiting until /healthz answers. `cpus` pins the
 * server to those cores (benchmarks keep the load generator off the server's core).
 */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 90_000,
  options: { cpus?: string } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const [command, args] = pinnedNode(["--import", "tsx", "api/src/main.ts"], options.cpus);
  const child = spawn(command, args, {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", BUILD_CONSOLE: "never", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok && output.includes("policy-pilot is running")) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server did not become healthy in ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once("exit", (code) => resolve(code));
        child.kill("SIGTERM");
      }),
  };
}
