import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer, type AddressInfo, type Socket } from "node:net";
import { join, normalize, resolve } from "node:path";

/** A static file server on 127.0.0.1 over a folder, for download tests (never the network). */
export async function serveFolder(folder: string): Promise<{ base: string; close: () => Promise<void>; server: Server }> {
  const root = resolve(folder);
  const server = createServer((request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)));
    if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": "text/csv", "content-length": String(statSync(path).size) });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Writes a raw HTTP answer (status line, headers, body) to the socket as the handler sees fit. */
export type RawHandler = (socket: Socket, request: { path: string; headers: string }) => void;

/**
 * A server on 127.0.0.1 that answers each path with hand-written bytes (node:net, not
 * node:http), so a test can send what a misbehaving server sends: a body cut short, a wrong
 * Content-Length, a chunked body without its last chunk, redirects. Unknown paths get a 404.
 */
export async function serveRaw(handlers: Readonly<Record<string, RawHandler>>): Promise<{ base: string; close: () => Promise<void>; requests: string[] }> {
  const sockets = new Set<Socket>();
  const requests: string[] = [];
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    let head = "";
    const onData = (data: Buffer): void => {
      head += data.toString("latin1");
      if (!head.includes("\r\n\r\n")) return;
      socket.off("data", onData);
      const path = decodeURIComponent(/^[A-Z]+ (\S+)/.exec(head)?.[1] ?? "/");
      requests.push(path);
      const handler = handlers[path];
      if (handler === undefined) socket.end("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found");
      else handler(socket, { path, headers: head });
    };
    socket.on("data", onData);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}

/** A complete raw HTTP 200 answer with a correct Content-Length. */
export function rawOk(body: string | Buffer, contentType = "text/csv"): Buffer {
  const bytes = Buffer.from(body);
  return Buffer.concat([
    Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${contentType}\r\nContent-Length: ${bytes.byteLength}\r\nConnection: close\r\n\r\n`),
    bytes,
  ]);
}
