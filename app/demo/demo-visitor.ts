// The demo visitor's attributes as the store starts with them, and where a tab keeps its edits.
// A plain module: the server's install snippet (demo-sdk.tsx) and the client panel both read it.

export interface DemoUser {
  name: string;
  plan: string;
  locale: string;
}
export const DEMO_USER: DemoUser = { name: "Jackie", plan: "pro", locale: "en" };
export const DEMO_USER_KEY = "mc-demo-user";
