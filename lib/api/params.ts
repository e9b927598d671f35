import { AppError } from "./errors";

export function envParam(value: string): "staging" | "production" {
  if (value === "staging" || value === "production") return value;
  throw new AppError(`Unknown environment "${value.slice(0, 40)}": use staging or production`, 404);
}
