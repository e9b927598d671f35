// The environments every workspace has, defined once (the database enum EnvironmentName matches).
import { z } from "zod";

export const ENVIRONMENT_NAMES = ["staging", "production"] as const;
export type EnvName = (typeof ENVIRONMENT_NAMES)[number];
/** zod schema of an environment name, with the message the API and forms show. */
export const environmentName = z.enum(ENVIRONMENT_NAMES, { message: "must be staging or production" });
