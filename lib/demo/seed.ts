// The demo workspace: a small online store whose failures apologize. Created once, idempotently.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { newPublicKey } from "@/lib/keys";
import type { MessageInput, TriggerDefinition } from "@/lib/campaigns/schemas";

export const DEMO_SLUG = "demo";

interface DemoCampaign {
  name: string;
  priority: number;
  trigger: { name: string; def: TriggerDefinition };
  message: Omit<MessageInput, "style" | "position" | "autoDismissMs">;
}

export const DEMO_CAMPAIGNS: DemoCampaign[] = [
  {
    name: "Search is failing",
    priority: 100,
    trigger: {
      name: "Search request fails",
      def: { type: "http_error", url: { kind: "glob", source: "/api/demo/search*" }, methods: [], statuses: ["5xx", "0"] },
    },
    message: {
      title: "<<name|Hi there>>, something's wrong.",
      body: "Sorry about that, we are taking a look.",
    },
  },
  {
    name: "Checkout is slow",
    priority: 90,
    trigger: {
      name: "Checkout takes over 2 s",
      def: { type: "slow_request", url: { kind: "glob", source: "/api/demo/checkout*" }, methods: ["POST"], thresholdMs: 2000 },
    },
    message: {
      title: "Still working on it, <<name|there>>.",
      body: "Checkout is taking longer than it should. Sorry for the wait.",
    },
  },
  {
    name: "Product image broken",
    priority: 50,
    trigger: {
      name: "Product image fails to load",
      def: { type: "resource_error", url: { kind: "glob", source: "/demo/images/*" } },
    },
    message: {
      title: "Sorry <<name|there>>, a picture didn't load.",
      body: "We've been told and we're fixing it.",
    },
  },
  {
    name: "Quick find ignores Enter",
    priority: 80,
    trigger: {
      name: "Enter or click gets no response in Quick find",
      def: { type: "unresponsive", withinMs: 1000, selector: "[data-demo=quick-find], [data-demo=quick-find] *" },
    },
    message: {
      title: "Sorry <<name|there>>, that didn't go through.",
      body: "Use the magnifier button for now; we're fixing Enter.",
    },
  },
  {
    name: "Add to cart broke",
    priority: 70,
    trigger: {
      name: "Add to cart ends in an error",
      def: { type: "error_click", withinMs: 3000, selector: "[data-demo=add-to-cart]" },
    },
    message: {
      title: "<<name|Hi there>>, that didn't work.",
      body: "Your cart is safe. Sorry, we're taking a look.",
    },
  },
  {
    name: "Coupon button ignored",
    priority: 60,
    trigger: {
      name: "Rage clicks on Apply coupon",
      def: { type: "rage_click", clicks: 4, withinMs: 1000, selector: "[data-demo=coupon]" },
    },
    message: {
      title: "Sorry <<name|there>>, that button isn't working.",
      body: "We've been told. Your coupon will be applied at checkout.",
    },
  },
  {
    name: "Page takes forever",
    priority: 40,
    trigger: {
      name: "Content not shown after 4 s, or input answered after 0.8 s",
      def: { type: "slow_page", thresholdMs: 4000, blockedMs: 800 },
    },
    message: {
      title: "Sorry for the wait, <<name|there>>.",
      body: "This page is slower than it should be. We're on it.",
    },
  },
  {
    name: "Search is slow",
    priority: 85,
    trigger: {
      name: "Search takes over 2 s",
      def: { type: "slow_request", url: { kind: "glob", source: "/api/demo/search*" }, methods: [], thresholdMs: 2000 },
    },
    message: {
      title: "Still searching, <<name|there>>.",
      body: "Search is slower than it should be right now. Sorry for the wait.",
    },
  },
  {
    name: "Video stalls",
    priority: 40,
    trigger: {
      name: "Tiny Shop TV stalls for 3 s",
      def: { type: "media_stall", selector: "[data-demo=video]", stallMs: 3000, count: 3 },
    },
    message: {
      title: "Sorry <<name|there>>, the video is stuck.",
      body: "Our video service is slow right now. We're on it.",
    },
  },
  {
    name: "Video or banner looks bad",
    priority: 30,
    trigger: {
      name: "Video or images degrade",
      def: { type: "media_quality", droppedPct: 10, resolutionPct: 50, rebufferPct: 5, imagePct: 25 },
    },
    message: {
      title: "Sorry <<name|there>>, that looks blurry.",
      body: "We're sending it in lower quality than it deserves. We're taking a look.",
    },
  },
  {
    name: "Payment declined",
    priority: 95,
    trigger: {
      name: "The store reports a declined payment",
      def: { type: "custom", name: "payment_failed" },
    },
    message: {
      title: "Sorry <<name|there>>, your payment didn't go through.",
      body: "You were not charged. Please try another card; we're looking into it.",
    },
  },
  {
    name: "Page script error",
    priority: 10,
    trigger: {
      name: "Script error on our pages",
      def: { type: "js_error", sameOriginOnly: true },
    },
    message: {
      title: "Sorry <<name|there>>, part of this page broke.",
      body: "We've logged it and we're taking a look.",
    },
  },
];

/** Creates the demo workspace if it does not exist. Returns its id and whether it was created. */
export async function ensureDemoWorkspace(prisma: PrismaClient): Promise<{ id: string; created: boolean }> {
  const existing = await prisma.workspace.findUnique({ where: { slug: DEMO_SLUG } });
  if (existing) return { id: existing.id, created: false };
  const ws = await prisma.workspace.create({
    data: {
      name: "Demo Store",
      slug: DEMO_SLUG,
      attributeDefaults: { name: "there" },
      settings: { minGapMs: 0 },
      environments: {
        create: [
          { name: "staging", publicKey: newPublicKey() },
          { name: "production", publicKey: newPublicKey() },
        ],
      },
    },
    include: { environments: true },
  });
  for (const c of DEMO_CAMPAIGNS) {
    const trigger = await prisma.trigger.create({
      data: { workspaceId: ws.id, name: c.trigger.name, type: c.trigger.def.type, config: c.trigger.def as object },
    });
    await prisma.campaign.create({
      data: {
        workspaceId: ws.id,
        name: c.name,
        status: "active",
        priority: c.priority,
        triggerId: trigger.id,
        message: { ...c.message, style: "toast", position: "bottom-right", autoDismissMs: 10000 },
        caps: { perSession: 0 },
      },
    });
  }
  return { id: ws.id, created: true };
}

/** The demo workspace's production environment (the /demo store embeds its key), or null. */
/** The demo workspace's environment the demo store runs against: production, or staging to check a publish before promoting it. */
export function findDemoEnvironment(name: "staging" | "production" = "production") {
  return db().environment.findFirst({ where: { name, workspace: { slug: DEMO_SLUG } } });
}

/** The demo workspace's id, or null when this server has none. */
export async function demoWorkspaceId(): Promise<string | null> {
  return (await db().workspace.findUnique({ where: { slug: DEMO_SLUG }, select: { id: true } }))?.id ?? null;
}

/** `?env=staging` on a demo page: the demo runs against staging; anything else, production. */
export function demoEnvironmentName(env: string | string[] | undefined): "staging" | "production" {
  return env === "staging" ? "staging" : "production";
}
