/**
 * `npm start`: serves the static export in out/ the way a CDN does (lib/tooling/host/static-server.ts), on
 * 127.0.0.1. The e2e tests use it too, so they run under the shipped headers and CSP.
 *
 *   tsx lib/tooling/cli/serve.ts [--port 3000] [--dir out]      (PORT=3100 works too; a later --port wins)
 */
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { openStaticSite, staticHandler } from "../host/static-server";

const args = process.argv.slice(2);
/** The last `--name value` wins, so `npm start -- --port 3101` overrides a default in the script. */
const option = (name: string): string | undefined => {
  const index = args.lastIndexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const portText = option("port") ?? process.env.PORT ?? "3000";
const port = Number(portText);
const directory = path.resolve(option("dir") ?? "out");

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(
    `"${portText}" is not a port number. Use a whole number from 1 to 65535, e.g. npm start -- --port 3100`,
  );
  process.exit(1);
}
if (!existsSync(path.join(directory, "index.html"))) {
  console.error(`No built site in ${directory}. Run \`npm run build\` first.`);
  process.exit(1);
}

const server = createServer(staticHandler(openStaticSite(directory)));
// Keep idle connections open longer than clients keep them for reuse (undici and browsers reuse a
// socket for a few seconds): with Node's 5 s default the server can close a socket just as a client
// sends the next request on it, which a crawler sees as "other side closed".
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EADDRINUSE") {
    console.error(
      `Port ${port} is already in use (another server is running there). Pick another port: PORT=${port + 1} npm start, or npm start -- --port ${port + 1}`,
    );
  } else if (error.code === "EACCES") {
    console.error(
      `Not allowed to listen on port ${port}. Pick a port above 1023: npm start -- --port 3000`,
    );
  } else {
    console.error(`Could not start the server on port ${port}: ${error.message}`);
  }
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  const bound = address && typeof address === "object" ? address.port : port;
  console.log(
    `Serving ${path.relative(process.cwd(), directory) || "."} at http://localhost:${bound}`,
  );
});
