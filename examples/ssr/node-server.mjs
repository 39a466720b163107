// A plain Node HTTP server that answers a page with the widgets already inside.
// Run: node examples/ssr/node-server.mjs (then open the URL it prints; PORT=… for another port)
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { renderWidget } from 'sco-widgets/ssr';

const server = createServer(async (request, response) => {
  // A nonce per response: the widgets' styles are allowed by it under a strict CSP.
  const nonce = randomBytes(16).toString('base64');
  const clocks = await renderWidget('sco-capital-clocks', { 'show-date': '' }, { lang: 'en', nonce });
  const states = await renderWidget('sco-member-states', {}, { lang: 'en', nonce });
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': `default-src 'self'; script-src 'self' https://unpkg.com; style-src 'self' 'nonce-${nonce}'`,
  });
  response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SCO</title>
<script src="https://unpkg.com/sco-widgets" defer></script></head>
<body><main>${clocks}${states}</main></body></html>`);
});
server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}/`));
