import { Link } from '../router.tsx';

/** A CPR number as it is written: DDMMYY-XXXX. */
export const formatCpr = (cpr: string): string => `${cpr.slice(0, 6)}-${cpr.slice(6)}`;

/** The first cell of every list of citizens: the name, linking to the case, and the CPR number. */
export function CitizenCell({
  to,
  name,
  cpr,
  onOpen,
}: {
  to: string;
  name: string;
  cpr: string;
  /** Called when the link is followed, e.g. to mark the pathway's inbox items read. */
  onOpen?: () => void;
}) {
  return (
    <td>
      <Link to={to} onClick={onOpen}>
        {name}
      </Link>
      <div className="ry-rule">{formatCpr(cpr)}</div>
    </td>
  );
}
