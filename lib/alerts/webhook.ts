// Alert delivery: a Slack-compatible JSON body (`text`, plus `blocks` for Slack's layout) POSTed to
// the rule's webhook, with a timeout so a dead receiver cannot stall the evaluator.
import dns, { type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { env } from "@/lib/env";
import { METRIC_LABELS } from "./schemas";
import type { Measured, RuleRow } from "./evaluate";

export interface SlackBody {
  text: string;
  blocks: { type: "section"; text: { type: "mrkdwn"; text: string } }[];
}

const fmt = (n: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(n);
// Slack mrkdwn treats &, < and > as control characters: names typed by users must not become links
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function slackBody(
  rule: Pick<RuleRow, "name" | "metric" | "windowMinutes" | "mode" | "threshold" | "environment">,
  m: Measured,
  scopeLabel: string,
  publicUrl?: string,
): SlackBody {
  const metric = (METRIC_LABELS as Record<string, string>)[rule.metric] ?? rule.metric;
  const condition =
    rule.mode === "baseline"
      ? `${m.baseline > 0 ? fmt(Math.round((m.value / m.baseline) * 10) / 10) + "×" : "up from 0 against"} the usual ${fmt(m.baseline)} (alert at ×${fmt(rule.threshold)})`
      : `threshold ${fmt(rule.threshold)}`;
  const text = `Mea Culpa alert “${rule.name}”: ${metric.toLowerCase()} ${fmt(m.value)} in the last ${rule.windowMinutes} min (${rule.environment}, ${scopeLabel}); ${condition}.`;
  const link = publicUrl ? `\n<${publicUrl.replace(/\/$/, "")}/dashboard|Open the live canary>` : "";
  return {
    text,
    blocks: [
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: `:rotating_light: *${esc(rule.name)}*\n${esc(metric)}: *${fmt(m.value)}* in the last ${rule.windowMinutes} min (${rule.environment}, ${esc(scopeLabel)})\n${esc(condition)}${link}`,
        },
      },
    ],
  };
}

export interface DeliveryOptions {
  timeoutMs?: number;
  /** deliver to loopback, private and link-local addresses too (default: WEBHOOK_ALLOW_PRIVATE) */
  allowPrivate?: boolean;
}

/**
 * POSTs the body and reports what the receiver answered (never throws). Webhook URLs are typed by
 * editors, so by default they may only reach public addresses: not this server's loopback, the
 * private network around it, or a cloud's metadata endpoint (link-local). The check is made on the
 * address actually connected to, after DNS, so a name that resolves privately is refused too.
 */
export async function deliverWebhook(url: string, body: unknown, opts: DeliveryOptions = {}): Promise<{ ok: boolean; response: string }> {
  const timeoutMs = opts.timeoutMs ?? 5000;
  const allowPrivate = opts.allowPrivate ?? env().WEBHOOK_ALLOW_PRIVATE;
  const target = new URL(url);
  const literal = allowPrivate ? undefined : privateLiteralHost(url);
  if (literal) return refused(literal);
  try {
    const res = await post(target, JSON.stringify(body), timeoutMs, allowPrivate);
    return { ok: res.status >= 200 && res.status < 300, response: `HTTP ${res.status}${res.text ? `: ${res.text}` : ""}` };
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { address?: string };
    if (err.code === PRIVATE) return refused(err.address!);
    return { ok: false, response: err.name === "TimeoutError" ? `no answer within ${timeoutMs / 1000} s` : `could not connect: ${err.message}` };
  }
}

const PRIVATE = "E_WEBHOOK_PRIVATE_ADDRESS";

function refused(address: string) {
  return {
    ok: false,
    response: `refused: ${address} is not a public address (set WEBHOOK_ALLOW_PRIVATE=1 on the server to allow private receivers)`,
  };
}

/**
 * The host of a URL when it is plainly not public without asking DNS (a private IP literal, or
 * localhost), for a field error at save time; names that resolve privately are caught at delivery.
 */
export function privateLiteralHost(url: string): string | undefined {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) return host;
  return isIP(host) && !isPublicAddress(host) ? host : undefined;
}

/** True for globally routable unicast addresses only (IPv4-mapped IPv6 judged as IPv4). */
export function isPublicAddress(ip: string): boolean {
  if (!ipaddr.isValid(ip)) return false;
  let addr = ipaddr.parse(ip);
  if (addr.kind() === "ipv6" && (addr as ipaddr.IPv6).isIPv4MappedAddress()) addr = (addr as ipaddr.IPv6).toIPv4Address();
  return addr.range() === "unicast";
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, "", 4);
      const list = addresses as LookupAddress[];
      const bad = allowPrivate ? undefined : list.find((a) => !isPublicAddress(a.address));
      if (bad) return callback(Object.assign(new Error(`${hostname} resolves to ${bad.address}`), { code: PRIVATE, address: bad.address }), "", 4);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

function post(url: URL, payload: string, timeoutMs: number, allowPrivate: boolean): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = (url.protocol === "https:" ? https : http).request(
      url,
      {
        method: "POST",
        headers: { "Content-Type": "application/json", "User-Agent": "MeaCulpa-Alerts/1", "Content-Length": Buffer.byteLength(payload) },
        lookup: guardedLookup(allowPrivate),
        signal: AbortSignal.timeout(timeoutMs),
      },
      (res) => {
        // redirects are not followed (a redirect could lead anywhere); only the start of the answer is kept
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          if (text.length < 200) text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: text.slice(0, 200) }));
        res.on("error", reject);
      },
    );
    req.on("error", (e) => reject(e.name === "AbortError" ? Object.assign(new Error("timeout"), { name: "TimeoutError" }) : e));
    req.end(payload);
  });
}
