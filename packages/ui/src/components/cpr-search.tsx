import { parseCpr } from '@rygforlob/domain';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useRouter } from '../router.tsx';
import { apiProblem, useTRPC } from '../trpc.tsx';
import { TextField } from './fields.tsx';
import { Violations } from './rule-note.tsx';

/**
 * Looking a citizen up by CPR (citizen.findByCpr), as every app does: the number is checked in
 * the browser first (CPR-* rules), and kept in the address (`?cpr=`) so a reload or a link keeps it.
 */
export function useCprLookup() {
  const trpc = useTRPC();
  const router = useRouter();
  const [cpr, setCpr] = useState(router.query.get('cpr') ?? '');
  const [submitted, setSubmitted] = useState(router.query.get('cpr') ?? '');
  const parsed = submitted ? parseCpr(submitted) : null;
  const found = useQuery({
    ...trpc.citizen.findByCpr.queryOptions({ cpr: submitted }),
    enabled: parsed?.ok === true,
  });
  const find = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(cpr.trim());
    router.navigate(`${router.path}?cpr=${encodeURIComponent(cpr.trim())}`, { replace: true });
  };
  const violations = parsed && !parsed.ok ? parsed.violations : (apiProblem(found.error)?.violations ?? []);
  return { cpr, setCpr, submitted, find, found, violations };
}

export type CprLookup = ReturnType<typeof useCprLookup>;

/** The CPR field and its button; the CPR rules' violations under it. */
export function CprSearchForm({
  lookup,
  label,
  submit,
  autoFocus = true,
}: {
  lookup: CprLookup;
  label: string;
  submit: string;
  autoFocus?: boolean;
}) {
  return (
    <>
      <Form onSubmit={lookup.find} className="ry-row">
        <TextField
          label={label}
          name="cpr"
          value={lookup.cpr}
          onChange={lookup.setCpr}
          description="DDMMÅÅ-XXXX"
          isRequired
          autoFocus={autoFocus}
        />
        <div>
          <Button type="submit" className="ry-button">
            {submit}
          </Button>
        </div>
      </Form>
      <Violations violations={lookup.violations} />
    </>
  );
}
