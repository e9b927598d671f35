// Accounts the end-to-end server is started with (see e2e/start-server.ts).
export const USERS = {
  owner: { email: "owner@e2e.test", password: "owner-password-123", role: "owner" },
  editor: { email: "editor@e2e.test", password: "editor-password-123", role: "editor" },
  viewer: { email: "viewer@e2e.test", password: "viewer-password-123", role: "viewer" },
  locked: { email: "locked@e2e.test", password: "locked-password-123", role: "viewer" },
  // an account others guess at from many addresses (auth.spec: its owner is never locked out)
  besieged: { email: "besieged@e2e.test", password: "besieged-password-123", role: "viewer" },
  // the only member (editor) of a second, empty workspace
  growth: { email: "growth@e2e.test", password: "growth-password-123", role: "editor" },
  // the admin of a third workspace whose rules a customer-like host page embeds (sdk-host spec)
  hostAdmin: { email: "host-admin@e2e.test", password: "host-password-123", role: "admin" },
  // a fourth workspace whose counts the canary spec checks exactly: a VP (viewer) and an editor
  vp: { email: "vp@e2e.test", password: "vp-password-1234", role: "viewer" },
  statsEditor: { email: "stats-editor@e2e.test", password: "stats-password-123", role: "editor" },
  // the admin of Disputes Co, where apologies are answered "Nothing's wrong?" (e2e/disputes.spec.ts)
  disputesAdmin: { email: "disputes-admin@e2e.test", password: "disputes-password-123", role: "admin" },
  // a read-only member of Disputes Co (e2e/secrets.spec.ts: what a viewer must never receive)
  disputesViewer: { email: "disputes-viewer@e2e.test", password: "disputes-viewer-123", role: "viewer" },
  // the owner of Keys Co, whose secret keys the key-scope matrix creates (e2e/key-scope.spec.ts)
  keysOwner: { email: "keys-owner@e2e.test", password: "keys-password-1234", role: "owner" },
  // Matrix Co: one member per role, for the generated permission matrix (e2e/role-matrix.spec.ts)
  matrixViewer: { email: "matrix-viewer@e2e.test", password: "matrix-viewer-123", role: "viewer" },
  matrixEditor: { email: "matrix-editor@e2e.test", password: "matrix-editor-123", role: "editor" },
  matrixAdmin: { email: "matrix-admin@e2e.test", password: "matrix-admin-1234", role: "admin" },
  matrixOwner: { email: "matrix-owner@e2e.test", password: "matrix-owner-1234", role: "owner" },
} as const;

export type UserName = keyof typeof USERS;

/** The secret in Matrix Co's alert webhook URL (e2e/start-server.ts): only alert managers may receive it. */
export const MATRIX_WEBHOOK_TOKEN = "MATRIXwebhookSECRET0123456789";
