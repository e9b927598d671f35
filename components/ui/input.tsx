// Form controls with the app's one look: a full-width field under its label ("block", the
// default) or a compact control inside a sentence or toolbar ("inline"). Invalid fields
// (aria-invalid) get a red border. Extra classes are added, not replaced.
import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export type ControlSize = "block" | "inline";

const BASE = "rounded-md border border-slate-300 bg-white text-sm text-slate-900 aria-[invalid=true]:border-rose-500";
const SIZES: Record<ControlSize, string> = {
  block: "mt-1 block w-full px-3 py-1.5",
  inline: "px-2 py-1",
};

/** The class string of a control, for the rare element that cannot be one of the components below. */
export function controlClass(size: ControlSize = "block", extra = ""): string {
  return `${BASE} ${SIZES[size]} ${extra}`.trim();
}

type Sized<T> = T & { size?: ControlSize };

export function Input({ size = "block", className = "", ...props }: Sized<Omit<InputHTMLAttributes<HTMLInputElement>, "size">> & { ref?: React.Ref<HTMLInputElement> }) {
  return <input {...props} className={controlClass(size, className)} />;
}

export function Select({ size = "block", className = "", ...props }: Sized<Omit<SelectHTMLAttributes<HTMLSelectElement>, "size">> & { ref?: React.Ref<HTMLSelectElement> }) {
  return <select {...props} className={controlClass(size, className)} />;
}

export function Textarea({ size = "block", className = "", ...props }: Sized<TextareaHTMLAttributes<HTMLTextAreaElement>> & { ref?: React.Ref<HTMLTextAreaElement> }) {
  return <textarea {...props} className={controlClass(size, className)} />;
}
