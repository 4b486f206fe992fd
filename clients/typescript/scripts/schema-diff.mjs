// Compares two printed schemas and lists every change; exits 1 when a breaking change is not accepted.
//   node scripts/schema-diff.mjs <old.graphql> <new.graphql>
// A breaking change is accepted when its path (e.g. `Query.proposal`, `Proposal.tally`) or its exact message is a line
// of accepted-breaking-changes.txt beside package.json (text after `#` is a comment).
import { readFileSync } from 'node:fs';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

const [oldFile, newFile] = process.argv.slice(2);
if (!oldFile || !newFile) {
  console.error('usage: node scripts/schema-diff.mjs <old.graphql> <new.graphql>');
  process.exit(2);
}

const accepted = new Set(
  readFileSync(new URL('../accepted-breaking-changes.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line.length > 0),
);

const schema = (file) => buildSchema(readFileSync(file, 'utf8'));
const changes = await diff(schema(oldFile), schema(newFile));
const label = { [CriticalityLevel.Breaking]: 'BREAKING', [CriticalityLevel.Dangerous]: 'dangerous', [CriticalityLevel.NonBreaking]: 'safe' };
let refused = 0;
for (const change of changes) {
  const breaking = change.criticality.level === CriticalityLevel.Breaking;
  const isAccepted = breaking && (accepted.has(change.path ?? '') || accepted.has(change.message));
  if (breaking && !isAccepted) refused++;
  console.log(`${label[change.criticality.level]}${isAccepted ? ' (accepted)' : ''} ${change.path ?? ''}: ${change.message}`);
}

console.log(`schema diff: ${changes.length} change(s), ${refused} breaking change(s) not accepted`);
if (refused > 0) {
  console.error('A client built on the previous schema breaks. Keep the old field (deprecate it) or, if intended, add its path to clients/typescript/accepted-breaking-changes.txt.');
  process.exit(1);
}
