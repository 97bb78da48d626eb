// The sync protocol is core's (src/sync/protocol.ts); the server's modules import it from here.
export type {
  PullResponse,
  PushedAction,
  PushRequest,
  PushResponse,
  PushResult,
  SyncError,
} from '@casegrid/core';
export { pushRequestSchema } from '@casegrid/core';
