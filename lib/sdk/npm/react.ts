// @mea-culpa/sdk/react: <MeaCulpaProvider> starts the SDK in an effect (never during server
// rendering, and once under strict mode's double effects: init() is idempotent), passes the user
// on whenever it changes, and useMeaCulpa() hands components identify/report/on/debug.
import { createContext, createElement, useContext, useEffect, useRef, type ReactNode } from "react";
import { debug as setDebug, identify, init, meaCulpa, on, type Apology, type InitOptions, type MeaCulpaClient, type User } from "./index";

const Context = createContext<MeaCulpaClient>(meaCulpa);

export interface MeaCulpaProviderProps extends Omit<InitOptions, "key"> {
  /** the environment's public key, `pk_…` (`key` is React's own prop, hence the name) */
  publicKey: string;
  /** the signed-in visitor, if any: identified on mount and whenever it changes */
  user?: User | null;
  children?: ReactNode;
}

export function MeaCulpaProvider({ publicKey, endpoint, debug, user, children }: MeaCulpaProviderProps): ReactNode {
  useEffect(() => {
    // a wrong key or endpoint is a console error, never a crashed page (rule zero)
    try {
      init({ key: publicKey, endpoint, debug });
    } catch (e) {
      console.error(e);
    }
  }, [publicKey, endpoint, debug]);
  // init() runs once per page; a later change of the prop still turns logging on or off
  useEffect(() => {
    if (debug !== undefined) setDebug(debug);
  }, [debug]);
  // by value: a user object rebuilt on every render is not a new visitor
  const who = user ? JSON.stringify(user) : "";
  useEffect(() => {
    if (who) identify(JSON.parse(who) as User);
  }, [who]);
  return createElement(Context.Provider, { value: meaCulpa }, children);
}

/** identify, report, on and debug, inside or outside a provider. */
export function useMeaCulpa(): MeaCulpaClient {
  return useContext(Context);
}

/**
 * Calls `listener` for each apology shown while the component is mounted (strict-mode safe). One
 * subscription for the component's life; an inline function is fine (the latest one is called).
 */
export function useApology(listener: (apology: Apology) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => on("apology", (a) => latest.current(a)), []);
}

export type { Apology, InitOptions, MeaCulpaClient, User } from "./index";
