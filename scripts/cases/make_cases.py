# Authoring aid for lib/rules/cases.json: the expectations below are written by hand (and the
# rollout buckets computed by an independent FNV-1a here), never by running evaluate().
# Run: python3 scripts/cases/make_cases.py > lib/rules/cases.json
import json

def fnv1a(s):
    h = 0x811c9dc5
    for ch in (ord(c) for c in s):  # = JS charCodeAt for these ASCII keys
        h ^= ch
        h = (h * 0x01000193) & 0xffffffff
    return h

def bucket(salt, cid, key):
    return (fnv1a(f"{salt}:{cid}:{key}") % 10000) / 100

MSG = lambda title, body: {"title": title, "body": body, "style": "toast", "position": "bottom-right", "autoDismissMs": 8000}
NAME = {"attr": "name", "fallback": "there"}
def camp(cid, prio, trigger, title, body="Sorry.", caps=None, **extra):
    c = {"id": cid, "priority": prio, "trigger": trigger, "message": MSG(title, [body] if isinstance(body, str) else body), "caps": caps or {"perSession": 0}}
    c.update(extra)
    return c
def rules(campaigns, settings=None):
    return {"schemaVersion": 1, "revision": 1, "generatedAt": "2026-11-23T00:00:00.000Z", "expiresAt": "2026-11-24T00:00:00.000Z",
            "settings": settings or {"minGapMs": 0}, "campaigns": campaigns}
def cond(attr, op, type_, value=None):
    c = {"attr": attr, "op": op, "type": type_}
    if value is not None: c["value"] = value
    return c
def aud(*conds, op="and", gop="and"):
    return {"op": op, "groups": [{"op": gop, "conditions": list(conds)}]}

RULESETS = {
  "basic": rules([
    camp("search", 100, {"type": "http_error", "url": {"kind": "glob", "source": "/api/search*"}, "methods": [], "statuses": ["5xx", "0"]}, [NAME, ", something's wrong."], "Sorry about that, we are taking a look."),
    camp("slow", 50, {"type": "slow_request", "url": {"kind": "glob", "source": "/api/checkout*"}, "methods": ["POST"], "thresholdMs": 2000}, ["Still working on it, ", NAME, "."]),
    camp("anyapi", 10, {"type": "http_error", "url": {"kind": "glob", "source": "/api/*"}, "methods": ["GET"], "statuses": ["500"]}, ["Sorry ", {"attr": "name", "fallback": "friend"}], caps={"perSession": 1}),
    camp("orders", 5, {"type": "http_error", "url": {"kind": "regex", "source": "^https://shop\\.test/v2/(cart|orders)/", "flags": "i"}, "methods": ["POST"], "statuses": ["404"]}, ["Your order hit a snag"]),
    camp("cdn", 4, {"type": "http_error", "url": {"kind": "glob", "source": "https://cdn.test/*"}, "methods": [], "statuses": ["4xx"]}, ["A file is missing"]),
    camp("typeerr", 0, {"type": "js_error", "messageContains": "TypeError", "sameOriginOnly": True}, ["Part of this page broke"]),
    camp("anyerr", -1, {"type": "js_error", "sameOriginOnly": False}, ["Something broke"]),
    camp("img", 0, {"type": "resource_error", "url": {"kind": "glob", "source": "*.png"}, "selector": "img.product"}, ["A picture didn't load"]),
    camp("video", 0, {"type": "media_stall", "selector": "video", "stallMs": 3000, "count": 3}, ["The video is stuck"]),
    camp("quality", 0, {"type": "media_quality", "selector": "video", "droppedPct": 10, "resolutionPct": 50, "rebufferPct": 5}, ["The video looks rough"]),
    camp("blurry", -1, {"type": "media_quality", "selector": "img", "imagePct": 25}, ["That picture didn't come through"]),
    camp("rage", 0, {"type": "rage_click", "clicks": 4, "withinMs": 1000}, ["That button isn't working"]),
    camp("slowpage", 0, {"type": "slow_page", "thresholdMs": 4000, "blockedMs": 500}, ["This page is taking forever"]),
    camp("slowload", -1, {"type": "slow_page", "thresholdMs": 8000}, ["Still loading"]),
    camp("errclick", 0, {"type": "error_click", "withinMs": 3000, "requests": False, "selector": "button.buy"}, ["That didn't work"]),
    camp("dead", 0, {"type": "unresponsive", "withinMs": 1000, "selector": "form.search *"}, ["Search isn't answering"]),
    camp("deadclick", -1, {"type": "unresponsive", "withinMs": 2000, "enter": False}, ["Nothing happened there"]),
    camp("pay", 0, {"type": "custom", "name": "payment_failed", "props": aud(cond("amount", "gte", "number", 100))}, ["Your payment failed"]),
  ]),
}

MON_NOON = "2026-11-23T12:00:00.000Z"  # Monday; 07:00 New York, 13:00 Paris, 21:00 Tokyo
cases = []
def case(name, ruleset, signal, expect, user=None, caps=None, page=None, now=MON_NOON):
    c = {"name": name, "ruleset": ruleset, "signal": signal, "user": user or {}, "caps": caps or {"sessionShown": {}}, "now": now, "expect": expect}
    if page: c["page"] = page
    cases.append(c)
def http(url, status, method="GET"): return {"type": "http_error", "url": url, "method": method, "status": status}
SHOW = lambda cid, title=None, body=None: {k: v for k, v in {"outcome": "show", "campaign": cid, "title": title, "body": body}.items() if v is not None}
SUP = lambda cid, reason: {"outcome": "suppressed", "campaign": cid, "reason": reason}
NONE = {"outcome": "none"}

# --- http_error: statuses, classes, network, methods, URL globs and regexes
case("500 on search apologizes with the user's name", "basic", http("https://shop.test/api/search?q=shoes", 500), SHOW("search", "Jackie, something's wrong.", "Sorry about that, we are taking a look."), {"name": "Jackie"})
case("503 matches the 5xx class", "basic", http("https://shop.test/api/search", 503), SHOW("search"))
case("network failure is status 0", "basic", http("https://shop.test/api/search", 0, "POST"), SHOW("search"))
case("404 on search matches nothing", "basic", http("https://shop.test/api/search", 404), NONE)
case("a path glob ignores the origin", "basic", http("https://other.test/api/search/x", 502), SHOW("search"))
case("a path glob must match from the start", "basic", http("https://shop.test/v1/api/search", 500), NONE)
case("lower priority campaign takes other API paths", "basic", http("https://shop.test/api/cart", 500), SHOW("anyapi", "Sorry friend", "Sorry."))
case("method filter: POST is not GET", "basic", http("https://shop.test/api/cart", 500, "POST"), NONE)
case("method filter is case-insensitive", "basic", http("https://shop.test/api/cart", 500, "get"), SHOW("anyapi"))
case("exact status list: 502 is not 500", "basic", http("https://shop.test/api/cart", 502), NONE)
case("regex with i flag matches", "basic", http("https://shop.test/V2/Orders/7", 404, "POST"), SHOW("orders", "Your order hit a snag"))
case("regex anchored at start", "basic", http("https://evil.test/https://shop.test/v2/orders/7", 404, "POST"), NONE)
case("full-URL glob with 4xx class", "basic", http("https://cdn.test/a/b.js", 403), SHOW("cdn"))
case("full-URL glob: dots are literal", "basic", http("https://cdnxtest/a/b.js", 403), NONE)
case("4xx class does not take 5xx", "basic", http("https://cdn.test/a.js", 500), NONE)

# --- slow_request
case("checkout pending past the threshold", "basic", {"type": "slow_request", "url": "https://shop.test/api/checkout", "method": "POST", "elapsedMs": 2000}, SHOW("slow", "Still working on it, Jackie."), {"name": "Jackie"})
case("checkout under the threshold", "basic", {"type": "slow_request", "url": "https://shop.test/api/checkout", "method": "POST", "elapsedMs": 1999}, NONE)
case("slow GET is not the POST campaign", "basic", {"type": "slow_request", "url": "https://shop.test/api/checkout", "method": "GET", "elapsedMs": 5000}, NONE)

# --- js_error
case("same-origin TypeError", "basic", {"type": "js_error", "message": "TypeError: x is undefined", "sameOrigin": True}, SHOW("typeerr"))
case("cross-origin TypeError falls to the any-origin campaign", "basic", {"type": "js_error", "message": "TypeError: y", "sameOrigin": False}, SHOW("anyerr"))
case("other message falls to the any-origin campaign", "basic", {"type": "js_error", "message": "RangeError", "sameOrigin": True}, SHOW("anyerr"))

# --- resource_error, media_stall, rage_click (selectors given as the list the element matches)
case("product image fails", "basic", {"type": "resource_error", "url": "https://cdn.test/p/1.png", "matchesSelectors": ["img.product", "img"]}, SHOW("img"))
case("image outside the selector", "basic", {"type": "resource_error", "url": "https://cdn.test/p/1.png", "matchesSelectors": ["img"]}, NONE)
case("stylesheet url does not match *.png", "basic", {"type": "resource_error", "url": "https://cdn.test/a.css", "matchesSelectors": ["img.product"]}, NONE)
case("video stalled long enough", "basic", {"type": "media_stall", "stallMs": 3000, "count": 1, "matchesSelectors": ["video"]}, SHOW("video"))
case("video stalled often enough", "basic", {"type": "media_stall", "stallMs": 100, "count": 3, "matchesSelectors": ["video"]}, SHOW("video"))
case("short rare stall", "basic", {"type": "media_stall", "stallMs": 2999, "count": 2, "matchesSelectors": ["video"]}, NONE)
case("audio does not match the video selector", "basic", {"type": "media_stall", "stallMs": 9000, "count": 9, "matchesSelectors": ["audio"]}, NONE)
case("four clicks within a second", "basic", {"type": "rage_click", "clicks": 4, "withinMs": 800}, SHOW("rage"))
case("three clicks is not rage", "basic", {"type": "rage_click", "clicks": 3, "withinMs": 500}, NONE)
case("clicks spread too long", "basic", {"type": "rage_click", "clicks": 6, "withinMs": 1500}, NONE)

# --- error_click (offered before the underlying js_error/http_error; "requests": false = script errors only)
case("a script error 200 ms after clicking buy", "basic", {"type": "error_click", "cause": "js_error", "sinceClickMs": 200, "matchesSelectors": ["button.buy", "button"]}, SHOW("errclick"))
case("a script error 3 s after the click is still the click's", "basic", {"type": "error_click", "cause": "js_error", "sinceClickMs": 3000, "matchesSelectors": ["button.buy"]}, SHOW("errclick"))
case("a script error 3.5 s after the click is a background error", "basic", {"type": "error_click", "cause": "js_error", "sinceClickMs": 3500, "matchesSelectors": ["button.buy"]}, NONE)
case("a failed request after the click, when requests do not count", "basic", {"type": "error_click", "cause": "http_error", "sinceClickMs": 300, "matchesSelectors": ["button.buy"]}, NONE)
case("a click on another element is not this campaign's", "basic", {"type": "error_click", "cause": "js_error", "sinceClickMs": 100, "matchesSelectors": ["a.help"]}, NONE)

# --- slow_page (load: main content not shown after ms; blocked: an interaction answered after ms)
case("content not shown after 4.5 s", "basic", {"type": "slow_page", "cause": "load", "ms": 4500}, SHOW("slowpage"))
case("content not shown after 3.9 s is not slow yet", "basic", {"type": "slow_page", "cause": "load", "ms": 3900}, NONE)
case("a click answered after 700 ms", "basic", {"type": "slow_page", "cause": "blocked", "ms": 700}, SHOW("slowpage"))
case("a click answered after 400 ms is fine", "basic", {"type": "slow_page", "cause": "blocked", "ms": 400}, NONE)
case("a long block goes to the campaign that senses blocked input", "basic", {"type": "slow_page", "cause": "blocked", "ms": 9000}, SHOW("slowpage"))

# --- media_quality (dropped/rebuffer: worse when higher; resolution/image: worse when lower)
case("a video dropping 12 % of its frames", "basic", {"type": "media_quality", "cause": "dropped", "pct": 12, "matchesSelectors": ["video"]}, SHOW("quality"))
case("dropping 9 % is under the limit", "basic", {"type": "media_quality", "cause": "dropped", "pct": 9, "matchesSelectors": ["video"]}, NONE)
case("the picture fell to 40 % of its displayed height", "basic", {"type": "media_quality", "cause": "resolution", "pct": 40, "matchesSelectors": ["video"]}, SHOW("quality"))
case("at 60 % of its displayed height it is fine", "basic", {"type": "media_quality", "cause": "resolution", "pct": 60, "matchesSelectors": ["video"]}, NONE)
case("rebuffering 8 % of watch time", "basic", {"type": "media_quality", "cause": "rebuffer", "pct": 8, "matchesSelectors": ["video"]}, SHOW("quality"))
case("a video outside the selector is not the video campaign's", "basic", {"type": "media_quality", "cause": "dropped", "pct": 50, "matchesSelectors": ["audio"]}, NONE)
case("an image at 4 % of its displayed size", "basic", {"type": "media_quality", "cause": "image", "pct": 4, "matchesSelectors": ["img"]}, SHOW("blurry"))
case("an image at half its displayed size (1x on a 2x screen) is fine", "basic", {"type": "media_quality", "cause": "image", "pct": 50, "matchesSelectors": ["img"]}, NONE)
case("a campaign without a limit for a cause never fires for it", "basic", {"type": "media_quality", "cause": "image", "pct": 1, "matchesSelectors": ["video"]}, NONE)

# --- unresponsive (clicks and Enter nothing answered; selectors as the list the element matches)
case("Enter in the search box unanswered for 1.2 s", "basic", {"type": "unresponsive", "input": "enter", "waitedMs": 1200, "matchesSelectors": ["form.search *", "input"]}, SHOW("dead"))
case("Enter answered within the second never fires (no signal below withinMs)", "basic", {"type": "unresponsive", "input": "enter", "waitedMs": 999, "matchesSelectors": ["form.search *"]}, NONE)
case("a dead click outside search waits for the 2 s campaign", "basic", {"type": "unresponsive", "input": "click", "waitedMs": 2000, "matchesSelectors": ["button"]}, SHOW("deadclick"))
case("Enter outside search: the any-element campaign ignores Enter", "basic", {"type": "unresponsive", "input": "enter", "waitedMs": 5000, "matchesSelectors": ["input"]}, NONE)

# --- custom events and their property conditions
case("custom event with matching props", "basic", {"type": "custom", "name": "payment_failed", "props": {"amount": 250}}, SHOW("pay"))
case("custom props compare as numbers", "basic", {"type": "custom", "name": "payment_failed", "props": {"amount": "100"}}, SHOW("pay"))
case("custom props below the bound", "basic", {"type": "custom", "name": "payment_failed", "props": {"amount": 99}}, NONE)
case("custom event of another name", "basic", {"type": "custom", "name": "signup_failed", "props": {"amount": 500}}, NONE)

# --- copy tokens
case("missing name uses the fallback", "basic", http("https://shop.test/api/search", 500), SHOW("search", "there, something's wrong."))
case("whitespace name uses the fallback", "basic", http("https://shop.test/api/search", 500), SHOW("search", "there, something's wrong."), {"name": "   "})
case("name is trimmed", "basic", http("https://shop.test/api/search", 500), SHOW("search", "Jackie, something's wrong."), {"name": "  Jackie "})
case("long names are capped at 80 characters", "basic", http("https://shop.test/api/search", 500), SHOW("search", "A" * 79 + "…, something's wrong."), {"name": "A" * 200})
case("markup in a name stays text", "basic", http("https://shop.test/api/search", 500), SHOW("search", "<img src=x onerror=alert(1)>, something's wrong."), {"name": "<img src=x onerror=alert(1)>"})
case("numbers are inserted as text", "basic", http("https://shop.test/api/search", 500), SHOW("search", "42, something's wrong."), {"name": 42})
case("objects are not inserted", "basic", http("https://shop.test/api/search", 500), SHOW("search", "there, something's wrong."), {"name": {"first": "J"}})

# --- caps and priority fall-through
RULESETS["capped"] = rules([
  camp("once", 10, {"type": "custom", "name": "boom"}, ["Once"], caps={"perSession": 1}),
  camp("backup", 1, {"type": "custom", "name": "boom"}, ["Backup"], caps={"perSession": 2}),
])
B = {"type": "custom", "name": "boom"}
case("first apology of the session", "capped", B, SHOW("once", "Once"))
case("per-session cap moves on to the next campaign", "capped", B, SHOW("backup", "Backup"), caps={"sessionShown": {"once": 1}})
case("all capped: suppressed with the top campaign's reason", "capped", B, SUP("once", "cap"), caps={"sessionShown": {"once": 1, "backup": 2}})
RULESETS["gap"] = rules([camp("g", 0, B, ["G"])], {"minGapMs": 30000, "maxPerSession": 3})
case("minimum gap between apologies", "gap", B, SUP("g", "cap"), caps={"sessionShown": {"g": 1}, "lastShownAt": 1795435185000, "sessionTotal": 1}, now="2026-11-23T12:00:00.000Z")
case("gap has passed", "gap", B, SHOW("g"), caps={"sessionShown": {"g": 1}, "lastShownAt": 1795435100000, "sessionTotal": 1}, now="2026-11-23T12:00:00.000Z")
case("workspace max per session", "gap", B, SUP("g", "cap"), caps={"sessionShown": {"g": 3}, "sessionTotal": 3})
NOON = 1795435200000  # 2026-11-23T12:00:00Z in ms
RULESETS["user-caps"] = rules([camp("u", 0, B, ["U"], caps={"perSession": 0, "perUser": {"count": 2, "hours": 24}, "perDay": 3})])
case("per-user cap within the window", "user-caps", B, SUP("u", "cap"), caps={"sessionShown": {}, "userShown": {"u": [NOON - 3600000, NOON - 60000]}})
case("per-user cap: older apologies fall out of the window", "user-caps", B, SHOW("u"), caps={"sessionShown": {}, "userShown": {"u": [NOON - 25 * 3600000, NOON - 60000]}})
RULESETS["day-cap"] = rules([camp("d", 0, B, ["D"], caps={"perSession": 0, "perDay": 1})])
case("per-day cap counts since UTC midnight", "day-cap", B, SUP("d", "cap"), caps={"sessionShown": {}, "userShown": {"d": [NOON - 11 * 3600000]}})
case("yesterday's apology does not count today", "day-cap", B, SHOW("d"), caps={"sessionShown": {}, "userShown": {"d": [NOON - 13 * 3600000]}})
RULESETS["dedupe"] = rules([camp("x", 0, {"type": "http_error", "methods": [], "statuses": ["5xx"]}, ["X"], caps={"perSession": 0, "dedupeWindowMs": 60000})])
case("same failure and URL within the window is one incident", "dedupe", http("https://a.test/api/x?q=2", 500), SUP("x", "cap"), caps={"sessionShown": {}, "incidents": {"x|http_error|https://a.test/api/x": NOON - 10000}})
case("another URL is another incident", "dedupe", http("https://a.test/api/y", 500), SHOW("x"), caps={"sessionShown": {}, "incidents": {"x|http_error|https://a.test/api/x": NOON - 10000}})
case("incident window has passed", "dedupe", http("https://a.test/api/x", 500), SHOW("x"), caps={"sessionShown": {}, "incidents": {"x|http_error|https://a.test/api/x": NOON - 61000}})

# --- audience operators and page context
def aud_rules(name, a):
    RULESETS[name] = rules([camp("a", 0, B, ["A"], audience=a)])
aud_rules("pro", aud(cond("plan", "eq", "string", "pro")))
case("audience eq matches", "pro", B, SHOW("a"), {"plan": "pro"})
case("audience eq fails: suppressed for audience", "pro", B, SUP("a", "audience"), {"plan": "free"})
case("missing attribute fails eq", "pro", B, SUP("a", "audience"))
aud_rules("not-free", aud(cond("plan", "neq", "string", "free")))
case("neq holds when the attribute is missing", "not-free", B, SHOW("a"))
aud_rules("in", aud(cond("country", "in", "string", ["FR", "BE"])))
case("in list", "in", B, SHOW("a"), {"country": "BE"})
case("not in list", "in", B, SUP("a", "audience"), {"country": "DE"})
aud_rules("nin", aud(cond("country", "nin", "string", ["FR", "BE"])))
case("nin list", "nin", B, SHOW("a"), {"country": "DE"})
aud_rules("contains", aud(cond("email", "contains", "string", "@acme.")))
case("contains", "contains", B, SHOW("a"), {"email": "jo@acme.test"})
aud_rules("starts", aud(cond("$path", "starts", "string", "/checkout")))
case("page path starts with", "starts", B, SHOW("a"), page={"path": "/checkout/pay"})
case("page path does not start with", "starts", B, SUP("a", "audience"), page={"path": "/cart"})
aud_rules("seats", aud(cond("seats", "gt", "number", 10)))
case("number gt with a numeric string", "seats", B, SHOW("a"), {"seats": "11"})
case("number gt fails at equality", "seats", B, SUP("a", "audience"), {"seats": 10})
case("non-numeric value never compares", "seats", B, SUP("a", "audience"), {"seats": "many"})
aud_rules("gte-lte", aud(cond("seats", "gte", "number", 5), cond("seats", "lte", "number", 10)))
case("range with gte and lte", "gte-lte", B, SHOW("a"), {"seats": 5})
aud_rules("lt-date", aud(cond("signedUp", "lt", "date", "2026-01-01")))
case("date before", "lt-date", B, SHOW("a"), {"signedUp": "2025-12-31T23:00:00Z"})
case("date after", "lt-date", B, SUP("a", "audience"), {"signedUp": "2026-06-01"})
aud_rules("beta", aud(cond("beta", "eq", "boolean", True)))
case("boolean from a string", "beta", B, SHOW("a"), {"beta": "true"})
case("boolean false", "beta", B, SUP("a", "audience"), {"beta": False})
aud_rules("exists", aud(cond("company", "exists", "string")))
case("exists", "exists", B, SHOW("a"), {"company": "Acme"})
case("empty string does not exist", "exists", B, SUP("a", "audience"), {"company": ""})
aud_rules("nexists", aud(cond("company", "nexists", "string")))
case("not exists", "nexists", B, SHOW("a"))
aud_rules("device-locale", {"op": "or", "groups": [{"op": "and", "conditions": [cond("$device", "eq", "string", "mobile")]}, {"op": "and", "conditions": [cond("$locale", "starts", "string", "fr")]}]})
case("OR of groups: first group", "device-locale", B, SHOW("a"), page={"device": "mobile", "locale": "en-US"})
case("OR of groups: second group", "device-locale", B, SHOW("a"), page={"device": "desktop", "locale": "fr-CA"})
case("OR of groups: neither", "device-locale", B, SUP("a", "audience"), page={"device": "desktop", "locale": "en-US"})
aud_rules("any-cond", aud(cond("plan", "eq", "string", "pro"), cond("seats", "gt", "number", 100), gop="or"))
case("OR within a group", "any-cond", B, SHOW("a"), {"plan": "free", "seats": 500})

# --- rollout and holdout (buckets: FNV-1a 32-bit of "salt:campaignId:userKey" mod 10000 / 100)
RULESETS["rollout"] = rules([camp("r", 0, B, ["R"], rolloutPercent=50)])
RULESETS["holdout"] = rules([camp("h", 0, B, ["H"], holdoutPercent=50)])
RULESETS["all-holdout"] = rules([camp("h", 0, B, ["H"], holdoutPercent=100)])
RULESETS["no-rollout"] = rules([camp("r", 0, B, ["R"], rolloutPercent=0)])
ins = [u for u in (f"user-{i}" for i in range(200)) if bucket("rollout", "r", u) < 50][:2]
outs = [u for u in (f"user-{i}" for i in range(200)) if bucket("rollout", "r", u) >= 50][:2]
for u in ins: case(f"rollout 50%: {u} is in (bucket {bucket('rollout', 'r', u)})", "rollout", B, SHOW("r"), {"id": u})
for u in outs: case(f"rollout 50%: {u} is out (bucket {bucket('rollout', 'r', u)})", "rollout", B, SUP("r", "audience"), {"id": u})
held = [u for u in (f"user-{i}" for i in range(200)) if bucket("holdout", "h", u) < 50][:1]
free = [u for u in (f"user-{i}" for i in range(200)) if bucket("holdout", "h", u) >= 50][:1]
for u in held: case(f"holdout 50%: {u} is held out (bucket {bucket('holdout', 'h', u)})", "holdout", B, SUP("h", "holdout"), {"id": u})
for u in free: case(f"holdout 50%: {u} is shown (bucket {bucket('holdout', 'h', u)})", "holdout", B, SHOW("h"), {"id": u})
case("holdout 100% holds out everyone", "all-holdout", B, SUP("h", "holdout"), {"id": "anyone"})
case("rollout 0% reaches no one", "no-rollout", B, SUP("r", "audience"), {"id": "anyone"})
case("anonymous id is used without a user id", "all-holdout", B, SUP("h", "holdout"), {"$anonymousId": "a-1"})

# --- schedules
def sched_rules(name, s):
    RULESETS[name] = rules([camp("s", 0, B, ["S"], schedule=s)])
sched_rules("future", {"start": "2026-11-24T00:00:00Z", "timeZone": "UTC"})
case("before the start", "future", B, SUP("s", "schedule"))
sched_rules("ended", {"end": "2026-11-23T12:00:00Z", "timeZone": "UTC"})
case("the end is exclusive", "ended", B, SUP("s", "schedule"))
sched_rules("paris-office", {"days": [1, 2, 3, 4, 5], "startHour": 9, "endHour": 17, "timeZone": "Europe/Paris"})
case("Paris office hours at 13:00 Paris on Monday", "paris-office", B, SHOW("s"))
case("Paris office hours on a Sunday", "paris-office", B, SUP("s", "schedule"), now="2026-11-22T12:00:00.000Z")
sched_rules("ny-office", {"startHour": 9, "endHour": 17, "timeZone": "America/New_York"})
case("07:00 in New York is before opening", "ny-office", B, SUP("s", "schedule"))
sched_rules("tokyo-night", {"startHour": 20, "endHour": 6, "timeZone": "Asia/Tokyo"})
case("a window across midnight (21:00 Tokyo)", "tokyo-night", B, SHOW("s"))
sched_rules("bad-zone", {"days": [1], "timeZone": "Not/AZone"})
case("an unknown time zone keeps the schedule closed", "bad-zone", B, SUP("s", "schedule"))

# --- locale variants
RULESETS["variants"] = rules([{**camp("v", 0, B, ["Sorry ", NAME]), "message": {**MSG(["Sorry ", NAME], ["We are on it."]), "variants": {"fr": {"title": ["Désolé ", {"attr": "name", "fallback": "vous"}], "body": ["On s'en occupe."]}, "fr-CA": {"title": ["Désolé, ", NAME], "body": ["On s'en occupe."]}}}}])
case("exact locale variant", "variants", B, SHOW("v", "Désolé, Jackie", "On s'en occupe."), {"name": "Jackie"}, page={"locale": "fr-CA"})
case("language variant", "variants", B, SHOW("v", "Désolé vous"), page={"locale": "fr-BE"})
case("default copy for other languages", "variants", B, SHOW("v", "Sorry there", "We are on it."), page={"locale": "de-DE"})

cases = [c for c in cases if c]
print(json.dumps({
  "version": 1,
  "about": "Conformance cases for Mea Culpa rules (schemaVersion 1). Each case: evaluate ruleset `ruleset` for `signal` with `user`, `page`, `caps` at `now`; compare with `expect` (outcome, campaign, and rendered title/body when given). `matchesSelectors` lists the CSS selectors the failing element matches. See docs/rules-format.md.",
  "rulesets": RULESETS,
  "cases": cases,
}, indent=1, ensure_ascii=False))
