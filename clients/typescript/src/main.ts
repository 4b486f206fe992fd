// A small typed client: reads a proposal, votes for it and follows its tally until the next change.
//   npm run build && COMMUNITY_GRAINS_URL=http://localhost:5000/graphql TOKEN=... PROPOSAL=p01 npm start
// (Node 22+ or a browser: both have fetch and WebSocket built in.)
import { graphql } from './gql/index.js';
import { request } from './request.js';
import { subscribe, subscriptionClient } from './subscriptions.js';

const ProposalQuery = graphql(`
  query Proposal($id: ID!) {
    proposal(id: $id) { id title status votingClosesAt tally { for against abstain total } }
  }
`);

const CastVoteMutation = graphql(`
  mutation CastVote($id: ID!, $choice: VoteChoice!) {
    castVote(input: { proposalId: $id, choice: $choice }) { id myVote tally { for total } }
  }
`);

const TallySubscription = graphql(`
  subscription ProposalTally($id: ID!) {
    proposalTally(proposalId: $id) { proposalId for against abstain total }
  }
`);

const MeQuery = graphql(`
  query Me {
    me { id displayName points tier { name } }
  }
`);

const endpoint = process.env.COMMUNITY_GRAINS_URL ?? 'http://localhost:5000/graphql';
const token = process.env.TOKEN ?? '';
const proposalId = process.env.PROPOSAL ?? 'p01';

const { me } = await request(endpoint, token, MeQuery);
console.log(`signed in as ${me?.displayName ?? '(not joined yet)'} with ${me?.points ?? 0} points`);

const { proposal } = await request(endpoint, token, ProposalQuery, { id: proposalId });
if (!proposal) {
  throw new Error(`no proposal ${proposalId}`);
}
console.log(`${proposal.title} (${proposal.status}): ${proposal.tally.for} for, ${proposal.tally.against} against`);

const client = subscriptionClient(endpoint.replace(/^http/, 'ws'), token);
const stop = subscribe(
  client,
  TallySubscription,
  { id: proposal.id },
  (data) => {
    const tally = data.proposalTally;
    console.log(`tally now ${tally.for} for, ${tally.against} against, ${tally.abstain} abstaining`);
    stop();
    void client.dispose();
  },
  (error) => console.error('subscription refused', error),
);

if (proposal.status === 'VOTING') {
  const { castVote } = await request(endpoint, token, CastVoteMutation, { id: proposal.id, choice: 'FOR' });
  console.log(`voted ${castVote.myVote}; ${castVote.tally.for} of ${castVote.tally.total} for`);
}
