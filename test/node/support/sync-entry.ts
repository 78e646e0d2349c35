// What the Node sync tests and the sync benchmark use from the TypeScript sources, bundled by
// esbuild (test/node/support/compile.js).
export { createYjsStore } from '../../../src/core/store/yjs-store.js';
export { createEnvelope } from '../../../src/core/store/envelope.js';
export { storedData } from '../../../src/core/store/collection.js';
export { parityTally } from '../../../src/core/parity.js';
export {
  castBallot,
  emptyVote,
  liveBallots,
  parseVoteData,
} from '../../../src/components/partnership-vote/model.js';
