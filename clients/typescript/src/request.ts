import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** One entry of a GraphQL response's `errors`; `extensions.code` says what went wrong (BAD_USER_INPUT, NOT_FOUND, ...). */
export interface GraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string };
}

/** A response with errors: the gateway answers every refusal this way, never with a stack trace. */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: readonly GraphQLErrorEntry[]) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
}

/** Operations without variables take none; the others must be given exactly the variables their document declares. */
type VariablesOf<TVariables> = TVariables extends Record<string, never> ? [] : [variables: TVariables];

/** POSTs a typed document to `endpoint` and returns its data, typed by the document. */
export async function request<TResult, TVariables>(
  endpoint: string,
  token: string,
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables]: VariablesOf<TVariables>
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const { data, errors } = (await response.json()) as { data?: TResult | null; errors?: GraphQLErrorEntry[] };
  if (errors?.length || data == null) {
    throw new GraphQLRequestError(errors ?? [{ message: `HTTP ${response.status} without data` }]);
  }
  return data;
}
