import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { configError } from '../../data/errors.js';
import { capitalName } from '../../sco/capital-names.js';
import { isIsoDate, todayIso } from '../../core/dates.js';
import { flagEmoji, stateName, statesAsOf, type ScoGroup, type ScoState, type StateSelection } from '../../sco/states.js';
import { ScoElement } from '../shared/sco-element.js';
import { StatusController, type DirectInput } from '../shared/status-controller.js';
import { renderStatus } from '../shared/status.js';
import { format, translations } from '../../i18n/index.js';
import * as membersMessages from '../../i18n/built-in/members.js';

type MembersText = ReturnType<typeof membersText>;
import { memberStatesStyles } from './sco-member-states.styles.js';

/** The members words in `locale`'s language. */
const membersText = (locale: string) => translations('members', membersMessages, locale);

const SELECTIONS: readonly string[] = ['members', 'partners', 'all'] satisfies StateSelection[];

type Heading = (id: string, text: string) => TemplateResult;

/** The group heading at each level (a template per tag: Lit cannot bind a tag name). */
const HEADINGS: readonly Heading[] = [
  (id, text) => html`<h1 part="heading" id=${id}>${text}</h1>`,
  (id, text) => html`<h2 part="heading" id=${id}>${text}</h2>`,
  (id, text) => html`<h3 part="heading" id=${id}>${text}</h3>`,
  (id, text) => html`<h4 part="heading" id=${id}>${text}</h4>`,
  (id, text) => html`<h5 part="heading" id=${id}>${text}</h5>`,
  (id, text) => html`<h6 part="heading" id=${id}>${text}</h6>`,
];

/** `heading-level` as a heading template: a whole number from 1 to 6, the nearest one for numbers outside, 2 for anything else. */
function headingAt(level: number): Heading {
  const whole = Number.isFinite(level) ? Math.round(level) : 2;
  return HEADINGS[Math.min(6, Math.max(1, whole)) - 1];
}

/** What the block shows (the detail of its `sco-load`): the groups of the organisation on a date. */
export interface Organisation {
  date: string;
  groups: { group: ScoGroup; states: ScoState[] }[];
}

/**
 * The SCO's "Member States / Partners" block: each group under its heading, each state with its
 * flag, name and capital. `as-of` shows the organisation on an earlier date — then with observers
 * and dialogue partners, which the SCO merged into "partners" on 1 September 2025. States are in
 * order of seniority within their group. `state` is `error` for a malformed `as-of` or `group`, or
 * an `as-of` before the SCO was founded (15 June 2001).
 *
 * @fires sco-load - The block is shown; `detail` is the `{ date, groups }` shown.
 * @fires sco-error - A malformed or out-of-range `as-of`, or an unknown `group` (a `config` error naming it); `detail` is `{ error, stale }`.
 * @csspart base - The wrapper.
 * @csspart status - Why nothing is shown (a malformed `as-of` or `group`, a date before the SCO, or no states of the group then).
 * @csspart group - Each group, a `<section>`; carries `data-group="members|observers|dialogue-partners|partners"`.
 * @csspart heading - The group's heading, an `<h2>` (or the level set by `heading-level`).
 * @csspart list - The `<ul>` of a group's states.
 * @csspart state - Each state, an `<li>`; carries `data-code` (ISO 3166-1 alpha-2).
 * @csspart flag - The state's flag emoji (decorative).
 * @csspart name - The state's name, in the reader's language.
 * @csspart capital - The state's capital, in the reader's language.
 */
export class ScoMemberStates extends ScoElement<Organisation> {
  static override styles = [ScoElement.styles, memberStatesStyles];

  /** `members`, `partners` (everyone else: observers and dialogue partners before September 2025) or `all` (default). */
  @property() group: StateSelection = 'all';

  /** `YYYY-MM-DD`: the organisation as it stood on that date (default: today). */
  @property({ attribute: 'as-of' }) asOf?: string;

  /**
   * The level of the group headings, 1–6 (default 2: right under a page's `<h1>`); set it to fit
   * the outline of the page, e.g. `3` inside a section whose heading is an `<h2>`.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  readonly #data = new StatusController<Organisation>(this, () => this.#input());

  #input(): DirectInput<Organisation> {
    const date = this.asOf?.trim() || todayIso();
    if (!isIsoDate(date)) return { error: configError('as-of', date, `The as-of attribute must be a date written YYYY-MM-DD, not "${date}"`) };
    const organisation = statesAsOf(date);
    if (!organisation.length) return { error: configError('as-of', date, `The SCO was founded on 2001-06-15: as-of="${date}" is before it`) };
    const selection = (this.group || 'all').trim().toLowerCase();
    if (!SELECTIONS.includes(selection))
      return { error: configError('group', this.group, `Unknown group "${this.group}": set the group attribute to members, partners or all`) };
    const groups = organisation.filter(({ group }) => selection === 'all' || (selection === 'members') === (group === 'members'));
    return { value: { date, groups }, key: `${date}|${selection}` };
  }

  override render() {
    const locale = this.resolvedLocale;
    const m = membersText(locale);
    const { current } = this.#data;
    const shown = current.value;
    let body;
    if (!shown) body = renderStatus(current, locale);
    else if (!shown.groups.length) body = html`<p part="status" role="status" data-state="empty">${format(m.none, { date: shown.date })}</p>`;
    else body = shown.groups.map(({ group, states }) => this.#renderGroup(group, states, m, locale, headingAt(this.headingLevel)));
    return html`<div part="base" dir=${this.resolvedDir}>${body}</div>`;
  }

  #renderGroup(group: ScoGroup, states: ScoState[], m: MembersText, locale: string, heading: Heading) {
    const headingId = `sco-group-${group}`;
    return html`<section part="group" data-group=${group} aria-labelledby=${headingId}>
      ${heading(headingId, m.headings[group])}
      <ul part="list">
        ${states.map(
          (state) => html`<li part="state" data-code=${state.code}>
            <span part="flag" aria-hidden="true">${flagEmoji(state.code)}</span>
            <span part="name">${stateName(state.code, locale)}</span>
            <span part="capital"><span class="visually-hidden">${m.capital}</span>${capitalName(state.capital, locale)}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sco-member-states': ScoMemberStates;
  }
}
