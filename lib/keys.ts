// Public keys identify an environment to SDKs (not secret). Secret keys authorize the management
// API; only their SHA-256 hash is stored, and the full key is shown once when created.
import { createHash, randomBytes } from "node:crypto";

const token = (bytes: number) => randomBytes(bytes).toString("base64url").replace(/[-]/g, "_");

export function newPublicKey(): string {
  return "pk_" + token(18);
}

export function newSecretKey(): { key: string; prefix: string; hash: string } {
  const key = "sk_" + token(30);
  return { key, prefix: key.slice(0, 10), hash: hashSecretKey(key) };
}

export function hashSecretKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function newPassword(): string {
  return randomBytes(18).toString("base64url");
}
