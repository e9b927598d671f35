import type { EnvName } from "@/lib/environments";
import type { Role } from "./permissions";

/** Whoever is acting: a signed-in user or a secret key. Domain functions take this. */
export interface Actor {
  workspaceId: string;
  role: Role;
  /** null for a secret key */
  userId: string | null;
  keyId?: string;
  /** a secret key's environment: the key acts on it alone */
  keyEnvironment?: EnvName;
  /** for messages and the audit log */
  label: string;
}

/** Mea Culpa itself acting (the first start publishing the demo, benchmarks): audited under `label`. */
export function systemActor(workspaceId: string, label: string): Actor {
  return { workspaceId, role: "owner", userId: null, label };
}
