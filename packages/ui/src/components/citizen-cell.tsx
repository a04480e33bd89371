import { Link } from '../router.tsx';

/** A CPR number as it is written: DDMMYY-XXXX. */
export const formatCpr = (cpr: string): string => `${cpr.slice(0, 6)}-${cpr.slice(6)}`;

/**
 * The first cell of every list of citizens: the name, linking to the case, and the CPR number.
 * Following the link marks nothing read: the case page does that, however it was opened (issue 14).
 */
export function CitizenCell({ to, name, cpr }: { to: string; name: string; cpr: string }) {
  return (
    <td>
      <Link to={to}>{name}</Link>
      <div className="ry-rule">{formatCpr(cpr)}</div>
    </td>
  );
}
