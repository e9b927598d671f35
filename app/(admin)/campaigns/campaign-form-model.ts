// The builder form's flat values, and their mapping to and from the campaign input the API takes.
// Kept apart from the form component so the mapping can be tested on its own.
import type { CampaignInput, CampaignInputRaw, TriggerDefinition } from "@/lib/campaigns/schemas";
import type { CampaignView } from "@/lib/campaigns/view";
import type { Audience } from "@/lib/rules/contract";
import { EMPTY_AUDIENCE } from "@/lib/rules/audience-defaults";
import { fromFormValue, toFormValue, type FieldFormValue } from "@/lib/triggers/fields";
import { TRIGGER_TYPES, TRIGGERS, type TriggerType } from "@/lib/triggers/registry";

export interface CampaignFormValues {
  /** the version (last change time) the form was opened at; "" for a new campaign */
  version: string;
  name: string;
  priority: number;
  triggerMode: "existing" | "new";
  triggerId: string;
  triggerName: string;
  type: TriggerType;
  /** the trigger's fields by definition key, as the registry's field metadata describes them */
  def: Record<string, FieldFormValue>;
  title: string;
  body: string;
  style: "toast" | "banner";
  position: "bottom-right" | "bottom-left" | "top-right" | "top-left" | "top" | "bottom";
  /** the apology hides itself after this many seconds (stored as autoDismissMs); 0 = never */
  hideAfterSeconds: number;
  disputeLink: boolean;
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
  version: "",
  name: "",
  priority: 0,
  triggerMode: "new",
  triggerId: "",
  triggerName: "",
  type: TRIGGER_TYPES[0],
  def: defaultTriggerValues(),
  title: "<<name|Hi there>>, something's wrong.",
  body: "Sorry about that, we are taking a look.",
  style: "toast",
  position: "bottom-right",
  hideAfterSeconds: 8,
  disputeLink: true,
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

/**
 * Every trigger type's fields at their defaults, so switching "Fires when" shows sensible values.
 * Types that share a key (url, selector, withinMs, …) share its kind (registry.test.ts checks);
 * `type`'s own defaults win, then the first type listing a key gives its default.
 */
export function defaultTriggerValues(type?: TriggerType): Record<string, FieldFormValue> {
  const out: Record<string, FieldFormValue> = {};
  for (const t of type ? [type, ...TRIGGER_TYPES] : TRIGGER_TYPES) {
    const spec = TRIGGERS[t];
    for (const f of spec.fields) if (!(f.key in out)) out[f.key] = toFormValue(f, (spec.defaults as Record<string, unknown>)[f.key]);
  }
  return out;
}

/**
 * The form's trigger values after "Fires when" changes to `type`: fields the user has not touched
 * take `type`'s defaults (rage clicks' 1000 ms, not the 3000 ms of another type sharing
 * `withinMs`); what the user typed (a URL pattern) carries over.
 */
export function switchTriggerType(type: TriggerType, def: Record<string, FieldFormValue>, touched: (key: string) => boolean): Record<string, FieldFormValue> {
  const fresh = defaultTriggerValues(type);
  const out = { ...def };
  for (const f of TRIGGERS[type].fields) if (!touched(f.key)) out[f.key] = fresh[f.key];
  return out;
}

const toIso = (local: string) => (local ? new Date(local).toISOString() : undefined);
const toLocal = (iso?: string) => {
  if (!iso) return "";
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
};

/** The trigger definition the form describes, built from the type's field metadata. */
export function toDefinition(v: CampaignFormValues): TriggerDefinition {
  const def: Record<string, unknown> = { type: v.type };
  for (const f of TRIGGERS[v.type].fields) {
    const value = fromFormValue(f, v.def[f.key]);
    if (value !== undefined) def[f.key] = value;
  }
  return def as TriggerDefinition;
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
      autoDismissMs: Math.round(v.hideAfterSeconds * 1000),
      disputeLink: v.disputeLink,
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
  const def = defaultTriggerValues(d.type);
  for (const f of TRIGGERS[d.type]?.fields ?? []) def[f.key] = toFormValue(f, d[f.key]);
  const m = c.message as CampaignInput["message"];
  const caps = (c.caps ?? {}) as CampaignInput["caps"];
  return {
    ...EMPTY_FORM,
    version: c.updatedAt,
    name: c.name,
    priority: c.priority,
    triggerMode: "existing",
    triggerId: c.trigger.id,
    triggerName: c.trigger.name,
    type: d.type,
    def,
    title: m.title,
    body: m.body,
    style: m.style,
    position: m.position,
    hideAfterSeconds: m.autoDismissMs / 1000,
    disputeLink: m.disputeLink !== false,
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

const TRIGGER_FIELD_KEYS = new Set(TRIGGER_TYPES.flatMap((t) => TRIGGERS[t].fields.map((f) => f.key)));

/** A form field name: a top-level value, or one of the trigger's (`def.<key>`, `def.url.source`). */
export type FormField = keyof CampaignFormValues | `def.${string}` | "root";

/** Maps an input path (from zod or a server error's `field`) to the form field to mark. */
export function formFieldFor(path: string): FormField {
  if (path.startsWith("trigger.definition.")) {
    const [key, sub] = path.slice("trigger.definition.".length).split(".");
    if (!TRIGGER_FIELD_KEYS.has(key)) return "root";
    // a URL pattern's errors belong to its pattern or flags input; a list's to the whole list
    if (key === "url") return sub === "flags" ? "def.url.flags" : "def.url.source";
    return `def.${key}`;
  }
  if (path === "trigger.name") return "triggerName";
  if (path === "trigger.id") return "triggerId";
  if (path.startsWith("message.action.url")) return "actionUrl";
  if (path === "message.autoDismissMs") return "hideAfterSeconds";
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
