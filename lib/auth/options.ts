import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { verifyPassword } from "./password";
import { beginSignIn, signInNotCompared, signInSucceeded, waitMessage } from "./throttle";
import { AppError } from "@/lib/errors";
import { endSessions } from "./end-sessions";

export const WRONG_CREDENTIALS = "Wrong email or password.";

const credentials = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

// A hash of a random password: comparing against it when the email is unknown keeps the response
// time the same, so timing does not reveal which emails have accounts.
const DUMMY_HASH = "$2b$12$xxS5pLt2sR23mc.cp2UVLudzV3mEl1vMbzWf9y6zwMhzs7a4Rth0K";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) throw new Error("Enter your email and password.");
        const { email, password } = parsed.data;
        // set by server.ts from the socket, never taken from the client
        const ipHeader = req?.headers?.["x-mc-client-ip"];
        const ip = (Array.isArray(ipHeader) ? ipHeader[0] : ipHeader) || "unknown";
        const scope = { email, address: ip };
        // counted before the password is compared, in one atomic step (throttle.ts)
        const { waitMs, counted } = await beginSignIn(scope);
        if (waitMs > 0) throw new Error(`Too many failed sign-ins. ${waitMessage(waitMs)}`);
        const user = await db().user.findUnique({ where: { email } });
        let ok: boolean;
        try {
          ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH, ip);
        } catch (e) {
          // over the hashing bounds: nothing was compared, so nothing is counted; say so
          await signInNotCompared(counted);
          if (e instanceof AppError) throw new Error(e.message);
          throw e;
        }
        if (!user || !ok) throw new Error(WRONG_CREDENTIALS);
        await signInSucceeded(scope, counted);
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // Only our own pages are places to go after signing in or out: a path, or a URL on this
    // origin. Anything else (javascript:, another site, something unparsable) goes home; never throws.
    redirect({ url, baseUrl }) {
      if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return baseUrl + url;
      try {
        if (new URL(url).origin === new URL(baseUrl).origin) return url;
      } catch {
        // not a URL at all
      }
      return baseUrl;
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        // the version this session was issued at: a later bump ends it (lib/auth/session.ts)
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) Object.assign(session.user, { id: token.uid as string, sv: (token.sv as number | undefined) ?? 0 });
      return session;
    },
  },
  events: {
    // Tokens are signed, not stored: signing out ends them by moving the person's session version
    // on, so a copy of the cookie taken before is refused too. This signs the person out on every
    // device, the price of not keeping a session table (README: Sessions).
    async signOut({ token }) {
      const uid = (token as { uid?: string } | null)?.uid;
      if (uid) await endSessions(uid);
    },
  },
};
