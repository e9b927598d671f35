import { z } from "zod";
import { editableAudience } from "@/lib/rules/primitives";

export const segmentInput = z.object({
  name: z.string().trim().min(1, "Name is required").max(100, "Name is at most 100 characters"),
  conditions: editableAudience,
});
export type SegmentInput = z.infer<typeof segmentInput>;
