import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { GraphQLRequestError, type GraphQLErrorEntry } from './request.js';

/**
 * A graphql-transport-ws client. Browsers cannot set headers on a WebSocket, so the token travels in
 * `connection_init`; the gateway closes the socket with 4401 when it refuses it.
 */
export function subscriptionClient(url: string, token: string, webSocketImpl?: unknown): Client {
  return createClient({ url, webSocketImpl, connectionParams: { Authorization: `Bearer ${token}` } });
}

/** Starts a typed subscription; returns the function that stops it. */
export function subscribe<TResult, TVariables>(
  client: Client,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  onData: (data: TResult) => void,
  onError: (error: unknown) => void,
): () => void {
  return client.subscribe<TResult>(
    { query: print(document), variables: variables as Record<string, unknown> },
    {
      next: ({ data, errors }) => {
        if (errors?.length) onError(new GraphQLRequestError(errors as readonly GraphQLErrorEntry[]));
        else if (data) onData(data);
      },
      error: onError,
      complete: () => {},
    },
  );
}
