/**
 * Moves focus to the form control named `name` (a domain field path such as
 * `content.objectiveFindings.strengthGrade`), as an error summary's link does (issue 14).
 * react-aria keeps a date field's or a checkbox's named input hidden: then the first control
 * a person can use in the same field gets focus. Returns whether a control was found.
 */
export function focusField(name: string, root: ParentNode = document): boolean {
  const named = [...root.querySelectorAll<HTMLElement>('[name]')].find(
    (el) => el.getAttribute('name') === name,
  );
  if (!named) return false;
  const usable = (el: HTMLElement) =>
    !(el instanceof HTMLInputElement && el.type === 'hidden') && el.getClientRects().length > 0;
  const target = usable(named)
    ? named
    : (named
        .closest('.ry-field, .ry-check, fieldset')
        ?.querySelector<HTMLElement>(
          '[role="spinbutton"], input:not([type="hidden"]), select, textarea, button',
        ) ?? named);
  target.scrollIntoView({ block: 'center' });
  target.focus();
  return true;
}

const USABLE =
  'input:not([type="hidden"]):not([tabindex="-1"]), [role="spinbutton"], select, textarea, input[type="radio"], input[type="checkbox"]';

/**
 * Moves focus to the first field in `root` that shows an error (react-aria marks the field,
 * or a radio group, with data-invalid / aria-invalid): after a refused send the clinician lands
 * on the first gap, not back on the button (issue 14). Returns whether a field was found.
 */
export function focusFirstInvalid(root: ParentNode): boolean {
  const invalid = root.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid]');
  if (!invalid) return false;
  const target = invalid.matches(USABLE) ? invalid : invalid.querySelector<HTMLElement>(USABLE);
  if (!target) return false;
  target.scrollIntoView({ block: 'center' });
  target.focus();
  return true;
}

/**
 * Takes the person to a section of the page (an advice card's in-page action, issue 14): every
 * folded <details> around or at it opens, it scrolls into view and focus moves to the control the
 * section marks with `data-advice-focus`, else its first field, else its heading (made focusable
 * with tabIndex -1). Focus alone tells a screen reader where it landed: nothing is announced
 * besides. Returns whether the section exists.
 */
export function revealSection(id: string, root: Document = document): boolean {
  const section = root.getElementById(id);
  if (!section) return false;
  for (let el: HTMLElement | null = section; el; el = el.parentElement) {
    if (el instanceof HTMLDetailsElement && !el.open) el.open = true;
  }
  const shown = (el: HTMLElement) => el.getClientRects().length > 0 && !el.matches(':disabled');
  const first = (selector: string) =>
    [...section.querySelectorAll<HTMLElement>(selector)].find(shown) ?? null;
  // The marked control, or the first field inside a marked wrapper (a date field's segments).
  const marked = first('[data-advice-focus]');
  const inside = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>(USABLE)].find(shown) ?? null;
  let target =
    marked && !marked.matches(USABLE) && inside(marked) ? inside(marked) : (marked ?? first(USABLE));
  if (!target) {
    // A heading, else the section itself (an advice card a banner leads to), made focusable.
    target = section.querySelector<HTMLElement>('h2, h3') ?? section;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  }
  (target ?? section).scrollIntoView({ block: 'center' });
  (target ?? section).focus();
  return true;
}

/**
 * revealSection for a section another screen or tab is about to draw (an advice card's button that
 * routes, then lands on the form it asks for, issue 14): waits for the element to appear (a tab's
 * code may still be loading), then reveals it. Gives up after `timeout` ms.
 */
export function revealWhenShown(id: string, timeout = 5_000, root: Document = document): void {
  const started = Date.now();
  const attempt = () => {
    // A tab drawn but still waiting for its code has no fields yet: wait for one.
    const section = root.getElementById(id);
    if (section && section.getClientRects().length > 0) {
      revealSection(id, root);
      return;
    }
    if (Date.now() - started < timeout) setTimeout(attempt, 50);
  };
  setTimeout(attempt, 0);
}
