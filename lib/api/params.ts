import { AppError } from "./errors";
import type { EnvName } from "@/lib/environments";

export function envParam(value: string): EnvName {
  if (value === "staging" || value === "production") return value;
  throw new AppError(`Unknown environment "${value.slice(0, 40)}": use staging or production`, 404);
}
