"use strict";
/**
 * Requests the client and the server share: names and plain-data types only. The client may
 * import this module (and nothing else of server/); it imports nothing itself.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.EMPTY_SCENARIO = exports.ELECTION_PREVIEW_REQUEST = exports.PREVIEW_ELECTION_COMMAND = void 0;
/**
 * The client command that opens the election preview; arguments `[uri?, instance?]` (the code
 * lens over a vrrp_instance passes its document and the instance name).
 */
exports.PREVIEW_ELECTION_COMMAND = 'keepalived.previewElection';
/** `keepalived/electionPreview`: the election model over the workspace's nodes, for the webview. */
exports.ELECTION_PREVIEW_REQUEST = 'keepalived/electionPreview';
exports.EMPTY_SCENARIO = { down: [], stop: [], fail: [], linkDown: [], startOrder: [] };
//# sourceMappingURL=protocol.js.map