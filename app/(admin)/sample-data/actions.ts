"use server";

import { adminAction } from "@/lib/actions/admin-action";
import { clearSampleData, loadSampleData, SAMPLE_DAYS } from "@/lib/sample-data";

/** Loads two weeks of sample history into the demo workspace (refused for any other). */
export const loadSampleDataAction = adminAction("settings:edit", [], async (m) => {
  const events = await loadSampleData(m.workspaceId);
  return { message: `Loaded ${SAMPLE_DAYS} days of sample data (${events.toLocaleString("en")} events).` };
});

/** Removes the workspace's sample data; its real apologies stay. */
export const clearSampleDataAction = adminAction("settings:edit", [], async (m) => {
  const events = await clearSampleData(m.workspaceId);
  return { message: `Removed the sample data (${events.toLocaleString("en")} events). The charts show real apologies only.` };
});
