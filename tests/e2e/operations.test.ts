import { connect } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { type ServerProcess, startServerProcess } from "../testkit/process.js";

/** Operations (issue 12): Prometheus metrics, liveness and readiness, and a shutdown that drains what is in flight. */
describe("the server process, operated", () => {
  let server: ServerProcess | null = null;
  afterAll(async () => {
    await server?.stop();
  });

  it("serves /metrics, /healthz and /readyz, and finishes an in-flight request after SIGTERM before exiting 0", async () => {
    server = await startServerProcess({ PGLITE_DIR: ":memory:", SEED_DEMO: "never" });
    const url = server.url;
    await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    const metrics = await fetch(`${url}/metrics`);
    expect(metrics.headers.get("content-type")).toMatch(/text\/plain/);
    const text = await metrics.text();
    expect(text).toMatch(/http_request_duration_seconds_count\{method="POST",route="\/graphql",status="2xx"\} 1/);
    expect(text).toMatch(/graphql_operation_duration_seconds_count\{type="query",field="__typename",outcome="ok"\} 1/);
    expect(text).toMatch(/^job_queue_depth \d+/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    // A webhook whose body is still arriving when SIGTERM comes: it must be answered (404: no such integration,
    // which needs the database), not cut off, and the process must exit cleanly afterwards.
    const { port } = new URL(url);
    const socket = connect(Number(port), "127.0.0.1");
    await new Promise<void>((done) => socket.once("connect", () => done()));
    const body = JSON.stringify({ type: "zen:event-type:ticket.created", id: "evt-1" });
    socket.write(
      `POST /webhooks/zendesk/hdi_missing HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
    );
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk));
    const closed = new Promise<void>((done) => socket.once("close", () => done()));
    await new Promise((r) => setTimeout(r, 200));
    const exited = new Promise<number | null>((done) => server!.child.once("exit", (code) => done(code)));
    server.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    // Draining: no new connections are accepted.
    await expect(fetch(`${url}/readyz`)).rejects.toThrow();
    socket.write(body.slice(10));
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 404/);
    expect(await exited).toBe(0);
    server = null;
  }, 180_000);
});
