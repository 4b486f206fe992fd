import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

const endpoint = new URL('/graphql', window.location.href);

async function post(params, headers) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    body: JSON.stringify(params),
  });
  return response.json();
}

// Subscriptions use graphql-transport-ws; the headers editor's Authorization travels in connection_init
// because browsers cannot set headers on a WebSocket.
function subscribe(params, headers) {
  const socketUrl = new URL(endpoint);
  socketUrl.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';
  const queue = [];
  let wake = null;
  let done = false;
  const push = (item) => { queue.push(item); if (wake) { wake(); wake = null; } };
  const socket = new WebSocket(socketUrl, 'graphql-transport-ws');
  socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: headers }));
  socket.onmessage = (event) => {
    const message = JSON.parse(event.data);
    if (message.type === 'connection_ack') socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: params }));
    else if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
    else if (message.type === 'next') push({ value: message.payload });
    else if (message.type === 'error') { push({ value: { errors: message.payload } }); done = true; }
    else if (message.type === 'complete') { done = true; push(null); }
  };
  socket.onclose = (event) => {
    if (!done && event.code !== 1000) push({ value: { errors: [{ message: `Connection closed: ${event.code} ${event.reason}` }] } });
    done = true;
    push(null);
  };
  return {
    [Symbol.asyncIterator]() { return this; },
    async next() {
      while (queue.length === 0) {
        if (done) return { done: true, value: undefined };
        await new Promise((resolve) => { wake = resolve; });
      }
      const item = queue.shift();
      return item === null ? { done: true, value: undefined } : { done: false, value: item.value };
    },
    async return() {
      done = true;
      if (socket.readyState === WebSocket.OPEN) {
        socket.send(JSON.stringify({ id: '1', type: 'complete' }));
        socket.close(1000);
      }
      return { done: true, value: undefined };
    },
  };
}

function fetcher(params, options) {
  const headers = options?.headers ?? {};
  return /^\s*subscription\b/.test(params.query ?? '') ? subscribe(params, headers) : post(params, headers);
}

const defaultHeaders = JSON.stringify({ Authorization: 'Bearer <paste a token from `dotnet run --project src/CommunityGrains.Host -- token ...`>' }, null, 2);

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL fetcher={fetcher} defaultHeaders={defaultHeaders} isHeadersEditorEnabled shouldPersistHeaders={false} />,
);
