// The attributes identified users had when the SDK last saw them, with their most common values:
// conditions are written on attributes that exist, spelled as the site spells them.
import type { SeenPopulation } from "@/lib/segments/estimate";

export function AttributesSeen({ seen }: { seen: SeenPopulation }) {
  return (
    <section className="rounded-xl bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200" aria-labelledby="attributes-seen-title">
      <h2 id="attributes-seen-title" className="font-semibold">
        Attributes seen
      </h2>
      {seen.environment ? (
        <>
          <p className="mt-1 text-slate-600">
            On {seen.total.toLocaleString("en")} identified users seen in {seen.environment} in the last {seen.days} days (from <code>MeaCulpa.identify</code>).
          </p>
          <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]" data-testid="attributes-seen">
            {seen.attributes.map((a) => (
              <div key={a.attr} className="contents">
                <dt className="font-mono text-xs leading-6">{a.attr}</dt>
                <dd className="text-slate-600">
                  {a.users.toLocaleString("en")} users
                  {a.values.length > 0 && ": " + a.values.map((v) => `${v.value} (${v.users.toLocaleString("en")})`).join(", ")}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p className="mt-1 text-slate-600">
          None yet: once pages call <code>MeaCulpa.identify(&#123; id, plan, … &#125;)</code>, the attributes they send are listed here and each segment estimates how many users it matches.
        </p>
      )}
    </section>
  );
}
