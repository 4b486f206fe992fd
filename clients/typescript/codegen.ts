import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation in src/, from the schema file the gateway prints (no server needed).
const config: CodegenConfig = {
  schema: '../../schema/community.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  // Imports with .js, as Node runs ES modules (npm start).
  emitLegacyCommonJSImports: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        // DateTime travels as an ISO-8601 string.
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
