#!/usr/bin/env node
/**
 * sco-widgets-proxy --port 8787 [--host 127.0.0.1] [--offline] [--render] [--allow host[:port]]… [--origin url]…
 *
 * --allow adds hosts to the built-in sources' hosts; --origin (repeatable) restricts CORS to those
 * origins (default: any); --render adds the `/render/<tag>` route (widgets as HTML, for server-side
 * includes). Prints `listening on <url>` once ready, one line per request after that.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { nodeResolve, toNodeListener } from './node.js';
import { createProxy } from './create.js';
import { commaList, reachOptions } from './settings.js';

const USAGE = 'Usage: sco-widgets-proxy [--port 8787] [--host 127.0.0.1] [--offline] [--render] [--allow host[:port]]… [--origin url]…';

const HELP = `${USAGE}

Routes:
  GET /?url=<percent-encoded upstream URL>
      the upstream document, re-encoded to UTF-8 (allowlisted hosts only)
  GET /render/<tag>?<attribute>=<value>&lang=<lang>
      with --render: the widget rendered as HTML (text/html; charset=utf-8), its data loaded through
      this proxy, for server-side includes: <!--#include virtual="/render/sco-currency-table?lang=ru"-->
      Unknown tags answer 404; attributes the widget does not observe are dropped, values escaped.

Options:
  --port <n>         port to listen on (default 8787; 0 = any free port)
  --host <address>   address to listen on (default 127.0.0.1)
  --offline          answer only from the snapshots shipped in the package; never touch the network
  --render           also answer /render/<tag> (offline too: from the snapshots)
  --allow <host>     add host or host:port to the built-in sources' hosts (repeatable, or a comma list)
  --origin <url>     allow only this origin by CORS (repeatable, or a comma list; default any)
  --help             this text`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    offline: { type: 'boolean', default: false },
    render: { type: 'boolean', default: false },
    allow: { type: 'string', multiple: true, default: [] },
    origin: { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Bad --port ${values.port}\n${USAGE}`);
  process.exit(2);
}

const handler = createProxy({
  ...reachOptions(commaList(...values.allow), commaList(...values.origin)),
  offline: values.offline,
  render: values.render,
  resolve: nodeResolve,
});
const server = createServer(toNodeListener(handler, { log: (line) => console.log(line) }));

server.listen(port, values.host, () => {
  const { address, port: bound } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  console.log(
    `sco-widgets-proxy listening on http://${host}:${bound}/${values.offline ? ' (offline: snapshots only)' : ''}${values.render ? ' (renders /render/<tag>)' : ''}`,
  );
});

function shutDown(signal: string): void {
  console.log(`${signal}: closing`);
  server.close(() => process.exit(0));
  // Keep-alive sockets would hold close() open; idle ones can go now, busy ones finish their answer.
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.once('SIGINT', () => shutDown('SIGINT'));
process.once('SIGTERM', () => shutDown('SIGTERM'));
