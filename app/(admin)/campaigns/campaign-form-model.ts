// The builder form's flat values, and their mapping to and from the campaign input the API takes.
// Kept apart from the form component so the mapping can be tested on its own.
import type { CampaignInput, CampaignInputRaw, TriggerDefinition } from "@/lib/campaigns/schemas";
import type { CampaignView } from "@/lib/campaigns/view";
import type { Audience, TriggerType } from "@/lib/rules/contract";
import { EMPTY_AUDIENCE } from "@/lib/rules/audience-defaults";

export interface CampaignFormValues {
  name: string;
  priority: number;
  triggerMode: "existing" | "new";
  triggerId: string;
  triggerName: string;
  type: TriggerType;
  urlKind: "glob" | "regex";
  urlSource: string;
  urlFlags: string;
  methods: string;
  statuses: string;
  thresholdMs: number;
  messageContains: string;
  sameOriginOnly: boolean;
  selector: string;
  stallMs: number;
  count: number;
  clicks: number;
  withinMs: number;
  customName: string;
  customPropsOn: boolean;
  customProps: Audience;
  title: string;
  body: string;
  style: "toast" | "banner";
  position: "bottom-right" | "bottom-left" | "top-right" | "top-left" | "top" | "bottom";
  autoDismissMs: number;
  perSession: number;
  perUserCount: number;
  perUserHours: number;
  perDay: number;
  dedupeSeconds: number;
  audienceKind: "everyone" | "segment" | "custom";
  segmentId: string;
  audience: Audience;
  rolloutPercent: number;
  holdoutPercent: number;
  scheduleOn: boolean;
  scheduleStart: string;
  scheduleEnd: string;
  scheduleDays: string[];
  startHour: string;
  endHour: string;
  timeZone: string;
  actionKind: "none" | "link" | "retry" | "dismiss";
  actionLabel: string;
  actionUrl: string;
  variants: { locale: string; title: string; body: string }[];
}

export const EMPTY_FORM: CampaignFormValues = {
  name: "",
  priority: 0,
  triggerMode: "new",
  triggerId: "",
  triggerName: "",
  type: "http_error",
  urlKind: "glob",
  urlSource: "",
  urlFlags: "",
  methods: "",
  statuses: "5xx, 0",
  thresholdMs: 3000,
  messageContains: "",
  sameOriginOnly: true,
  selector: "",
  stallMs: 3000,
  count: 3,
  clicks: 4,
  withinMs: 1000,
  customName: "",
  customPropsOn: false,
  customProps: EMPTY_AUDIENCE,
  title: "<<name|Hi there>>, something's wrong.",
  body: "Sorry about that, we are taking a look.",
  style: "toast",
  position: "bottom-right",
  autoDismissMs: 8000,
  perSession: 0,
  perUserCount: 0,
  perUserHours: 24,
  perDay: 0,
  dedupeSeconds: 0,
  audienceKind: "everyone",
  segmentId: "",
  audience: EMPTY_AUDIENCE,
  rolloutPercent: 100,
  holdoutPercent: 0,
  scheduleOn: false,
  scheduleStart: "",
  scheduleEnd: "",
  scheduleDays: [],
  startHour: "",
  endHour: "",
  timeZone: "UTC",
  actionKind: "none",
  actionLabel: "",
  actionUrl: "",
  variants: [],
};

const toIso = (local: string) => (local ? new Date(local).toISOString() : undefined);
const toLocal = (iso?: string) => {
  if (!iso) return "";
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
};

const list = (s: string) =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

export function toDefinition(v: CampaignFormValues): TriggerDefinition {
  const url = v.urlSource.trim()
    ? { kind: v.urlKind, source: v.urlSource.trim(), ...(v.urlKind === "regex" && v.urlFlags ? { flags: v.urlFlags } : {}) }
    : undefined;
  const selector = v.selector.trim() || undefined;
  switch (v.type) {
    case "http_error":
      return { type: v.type, url, methods: list(v.methods.toUpperCase()), statuses: list(v.statuses.toLowerCase()) };
    case "slow_request":
      return { type: v.type, url, methods: list(v.methods.toUpperCase()), thresholdMs: v.thresholdMs };
    case "js_error":
      return { type: v.type, messageContains: v.messageContains.trim() || undefined, sameOriginOnly: v.sameOriginOnly };
    case "resource_error":
      return { type: v.type, url, selector };
    case "media_stall":
      return { type: v.type, selector, stallMs: v.stallMs, count: v.count };
    case "rage_click":
      return { type: v.type, clicks: v.clicks, withinMs: v.withinMs, selector };
    case "custom":
      return { type: v.type, name: v.customName.trim(), ...(v.customPropsOn ? { props: v.customProps } : {}) };
  }
}

export function toInput(v: CampaignFormValues): CampaignInputRaw {
  return {
    name: v.name,
    priority: v.priority,
    trigger: v.triggerMode === "existing" ? { id: v.triggerId } : { name: v.triggerName, definition: toDefinition(v) },
    message: {
      title: v.title,
      body: v.body,
      style: v.style,
      position: v.position,
      autoDismissMs: v.autoDismissMs,
      action:
        v.actionKind === "none"
          ? undefined
          : v.actionKind === "link"
            ? { kind: "link", label: v.actionLabel, url: v.actionUrl }
            : { kind: v.actionKind, label: v.actionLabel },
      variants: v.variants.length ? Object.fromEntries(v.variants.map((x) => [x.locale.trim(), { title: x.title, body: x.body }])) : undefined,
    },
    caps: {
      perSession: v.perSession,
      perUser: v.perUserCount > 0 ? { count: v.perUserCount, hours: v.perUserHours } : undefined,
      perDay: v.perDay > 0 ? v.perDay : undefined,
      dedupeWindowMs: v.dedupeSeconds > 0 ? v.dedupeSeconds * 1000 : undefined,
    },
    audience:
      v.audienceKind === "segment"
        ? { kind: "segment", segmentId: v.segmentId }
        : v.audienceKind === "custom"
          ? { kind: "custom", audience: v.audience }
          : { kind: "everyone" },
    rolloutPercent: v.rolloutPercent,
    holdoutPercent: v.holdoutPercent,
    schedule: v.scheduleOn
      ? {
          start: toIso(v.scheduleStart),
          end: toIso(v.scheduleEnd),
          days: v.scheduleDays.length ? v.scheduleDays.map(Number).sort() : undefined,
          startHour: v.startHour === "" ? undefined : Number(v.startHour),
          endHour: v.endHour === "" ? undefined : Number(v.endHour),
          timeZone: v.timeZone.trim(),
        }
      : null,
  };
}

export function fromView(c: CampaignView): CampaignFormValues {
  const d = c.trigger.definition as TriggerDefinition & Record<string, unknown>;
  const m = c.message as CampaignInput["message"];
  const url = (d as { url?: { kind: "glob" | "regex"; source: string; flags?: string } }).url;
  const caps = (c.caps ?? {}) as CampaignInput["caps"];
  return {
    ...EMPTY_FORM,
    name: c.name,
    priority: c.priority,
    triggerMode: "existing",
    triggerId: c.trigger.id,
    triggerName: c.trigger.name,
    type: d.type,
    urlKind: url?.kind ?? "glob",
    urlSource: url?.source ?? "",
    urlFlags: url?.flags ?? "",
    methods: ((d as { methods?: string[] }).methods ?? []).join(", "),
    statuses: ((d as { statuses?: string[] }).statuses ?? ["5xx", "0"]).join(", "),
    thresholdMs: (d as { thresholdMs?: number }).thresholdMs ?? EMPTY_FORM.thresholdMs,
    messageContains: (d as { messageContains?: string }).messageContains ?? "",
    sameOriginOnly: (d as { sameOriginOnly?: boolean }).sameOriginOnly ?? true,
    selector: (d as { selector?: string }).selector ?? "",
    stallMs: (d as { stallMs?: number }).stallMs ?? EMPTY_FORM.stallMs,
    count: (d as { count?: number }).count ?? EMPTY_FORM.count,
    clicks: (d as { clicks?: number }).clicks ?? EMPTY_FORM.clicks,
    withinMs: (d as { withinMs?: number }).withinMs ?? EMPTY_FORM.withinMs,
    customName: (d as { name?: string }).name ?? "",
    customPropsOn: !!(d as { props?: Audience }).props,
    customProps: (d as { props?: Audience }).props ?? EMPTY_AUDIENCE,
    title: m.title,
    body: m.body,
    style: m.style,
    position: m.position,
    autoDismissMs: m.autoDismissMs,
    perSession: caps.perSession ?? 0,
    perUserCount: caps.perUser?.count ?? 0,
    perUserHours: caps.perUser?.hours ?? 24,
    perDay: caps.perDay ?? 0,
    dedupeSeconds: caps.dedupeWindowMs ? Math.round(caps.dedupeWindowMs / 1000) : 0,
    audienceKind: c.audience.kind,
    segmentId: c.audience.kind === "segment" ? c.audience.segmentId : "",
    audience: c.audience.kind === "custom" ? c.audience.audience : EMPTY_AUDIENCE,
    rolloutPercent: c.rolloutPercent,
    holdoutPercent: c.holdoutPercent,
    scheduleOn: !!c.schedule,
    scheduleStart: toLocal(c.schedule?.start),
    scheduleEnd: toLocal(c.schedule?.end),
    scheduleDays: (c.schedule?.days ?? []).map(String),
    startHour: c.schedule?.startHour === undefined ? "" : String(c.schedule.startHour),
    endHour: c.schedule?.endHour === undefined ? "" : String(c.schedule.endHour),
    timeZone: c.schedule?.timeZone ?? "UTC",
    actionKind: m.action?.kind ?? "none",
    actionLabel: m.action?.label ?? "",
    actionUrl: m.action?.kind === "link" ? m.action.url : "",
    variants: Object.entries(m.variants ?? {}).map(([locale, x]) => ({ locale, title: x.title, body: x.body })),
  };
}

const DEF_FIELDS: Record<string, keyof CampaignFormValues> = {
  "url.source": "urlSource",
  "url.flags": "urlFlags",
  "url.kind": "urlKind",
  url: "urlSource",
  methods: "methods",
  statuses: "statuses",
  thresholdMs: "thresholdMs",
  messageContains: "messageContains",
  selector: "selector",
  stallMs: "stallMs",
  count: "count",
  clicks: "clicks",
  withinMs: "withinMs",
  name: "customName",
  props: "customProps",
};

/** Maps an input path (from zod or a server error's `field`) to the form field to mark. */
export function formFieldFor(path: string): keyof CampaignFormValues | "root" {
  if (path.startsWith("trigger.definition.")) {
    const rest = path.slice("trigger.definition.".length).replace(/\.\d+$/, "");
    return DEF_FIELDS[rest] ?? DEF_FIELDS[rest.split(".")[0]] ?? "root";
  }
  if (path === "trigger.name") return "triggerName";
  if (path === "trigger.id") return "triggerId";
  if (path.startsWith("message.action.url")) return "actionUrl";
  if (path.startsWith("message.action")) return "actionLabel";
  if (path.startsWith("message.variants")) return "variants";
  if (path.startsWith("message.")) return path.slice(8) as keyof CampaignFormValues;
  if (path.startsWith("caps.perUser")) return "perUserCount";
  if (path.startsWith("caps.perDay")) return "perDay";
  if (path.startsWith("caps.dedupe")) return "dedupeSeconds";
  if (path.startsWith("caps.")) return "perSession";
  if (path === "audience.segmentId") return "segmentId";
  if (path.startsWith("audience")) return "audience";
  if (path === "schedule.start") return "scheduleStart";
  if (path === "schedule.end") return "scheduleEnd";
  if (path.startsWith("schedule.startHour")) return "startHour";
  if (path.startsWith("schedule.endHour")) return "endHour";
  if (path.startsWith("schedule.timeZone")) return "timeZone";
  if (path.startsWith("schedule")) return "scheduleDays";
  if (path === "name" || path === "priority" || path === "rolloutPercent" || path === "holdoutPercent") return path;
  return "root";
}
