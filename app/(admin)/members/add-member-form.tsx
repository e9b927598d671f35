"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { addMemberInput, type AddMemberInput } from "@/lib/members/schemas";
import { addMemberAction } from "./actions";
import { Input, Select } from "@/components/ui/input";


export function AddMemberForm({ canGrantOwner }: { canGrantOwner: boolean }) {
  const [done, setDone] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AddMemberInput>({
    resolver: zodResolver(addMemberInput),
    defaultValues: { email: "", name: "", role: "viewer", password: "" },
  });

  async function onSubmit(values: AddMemberInput) {
    setDone(null);
    const r = await addMemberAction(values);
    if (!r.ok) {
      setError((r.field as keyof AddMemberInput) || "root", { message: r.error });
      return;
    }
    reset();
    setDone(r.message);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} className="grid gap-3 sm:grid-cols-5 sm:items-start" noValidate>
      <label className="text-sm font-medium">
        Email
        <Input {...register("email")} type="email" aria-invalid={!!errors.email} />
        {errors.email && <span className="mt-1 block text-xs text-rose-700">{errors.email.message}</span>}
      </label>
      <label className="text-sm font-medium">
        Name
        <Input {...register("name")} aria-invalid={!!errors.name} />
        {errors.name && <span className="mt-1 block text-xs text-rose-700">{errors.name.message}</span>}
      </label>
      <div className="text-sm font-medium">
        <label htmlFor="new-member-role">Role</label>
        <Select id="new-member-role" {...register("role")}>
          <option value="viewer">viewer</option>
          <option value="editor">editor</option>
          <option value="admin">admin</option>
          {canGrantOwner && <option value="owner">owner</option>}
        </Select>
        {errors.role && <span className="mt-1 block text-xs text-rose-700">{errors.role.message}</span>}
      </div>
      <label className="text-sm font-medium">
        Initial password
        <Input {...register("password")} type="password" autoComplete="new-password" aria-invalid={!!errors.password} />
        {errors.password && <span className="mt-1 block text-xs text-rose-700">{errors.password.message}</span>}
      </label>
      <div className="sm:pt-6">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Adding…" : "Add member"}
        </Button>
      </div>
      {errors.root && <p className="text-sm text-rose-700 sm:col-span-5">{errors.root.message}</p>}
      {done && (
        <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 sm:col-span-5" data-testid="member-added">
          {done}
        </p>
      )}
    </form>
  );
}
