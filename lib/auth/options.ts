import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { verifyPassword } from "./password";
import { clearFailures, lockedFor, recordFailure } from "./throttle";

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
        const keys = [`email:${email}`, `ip:${ip}`];
        const wait = await lockedFor(keys);
        if (wait > 0) {
          throw new Error(`Too many failed sign-ins. Try again in ${Math.ceil(wait / 60000)} minute(s).`);
        }
        const user = await db().user.findUnique({ where: { email } });
        const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
        if (!user || !ok) {
          await recordFailure(keys);
          throw new Error(WRONG_CREDENTIALS);
        }
        await clearFailures([`email:${email}`]);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.uid as string;
      return session;
    },
  },
};
