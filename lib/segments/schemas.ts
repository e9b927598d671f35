import { z } from "zod";
import { audience } from "@/lib/rules/contract";

export const segmentInput = z.object({
  name: z.string().trim().min(1, "Name is required").max(100, "Name is at most 100 characters"),
  conditions: audience,
});
export type SegmentInput = z.infer<typeof segmentInput>;
