/**
 * The states of the Shanghai Cooperation Organisation and the history of their statuses, so a
 * page can show the organisation as it stood on any date since its founding.
 *
 * Since the Tianjin summit (1 September 2025) the SCO no longer distinguishes observers from
 * dialogue partners: all of them are "partners". Earlier dates keep the old groups, which is
 * how portals of the time showed them (e.g. Member States / Observer States / Dialogue Partners
 * on 13 January 2020).
 */
import { isIsoDate, todayIso } from '../core/dates.js';
import type { CapitalId } from './capitals.js';
import { displayName } from '../core/intl-cache.js';
import { requestedLocales } from '../core/locale.js';

export type ScoStatus = 'member' | 'observer' | 'dialogue-partner' | 'partner';
export type ScoGroup = 'members' | 'observers' | 'dialogue-partners' | 'partners';
/** The selections widgets offer: members, everyone else ("partners"), or both. */
export type StateSelection = 'members' | 'partners' | 'all';

export interface ScoStatusChange {
  readonly status: ScoStatus;
  /** `YYYY-MM-DD` from which the status holds. */
  readonly since: string;
}

export interface ScoState {
  /** ISO 3166-1 alpha-2 code, e.g. `KZ`. */
  readonly code: string;
  readonly capital: CapitalId;
  /** ISO 4217 code of the state's currency today, e.g. `KZT`. */
  readonly currency: string;
  /** Every status the state has held, oldest first; the last one holds today. */
  readonly statuses: readonly ScoStatusChange[];
}

/**
 * The days statuses took effect. A status granted by a summit takes the summit's last day,
 * which is also the date of its declaration; where the memoranda that completed the procedure
 * were signed later, or only the month is known, we still use the summit and say so below.
 */
const FOUNDING = '2001-06-15'; // Shanghai: the Declaration on the Establishment of the SCO
const TASHKENT_2004 = '2004-06-17'; // Mongolia becomes the first observer
const ASTANA_2005 = '2005-07-05'; // India, Iran, Pakistan observers
// Yekaterinburg, 15–16 June 2009: the first dialogue partners (Belarus, Sri Lanka); their
// memoranda were signed in 2010.
const YEKATERINBURG_2009 = '2009-06-16';
// Beijing, 6–7 June 2012: Afghanistan observer, Turkey dialogue partner (memorandum signed
// in Almaty in April 2013).
const BEIJING_2012 = '2012-06-07';
// Ufa, 9–10 July 2015: Belarus observer; Armenia, Azerbaijan, Cambodia, Nepal dialogue
// partners (memoranda signed in 2016).
const UFA_2015 = '2015-07-10';
const ASTANA_2017 = '2017-06-09'; // India and Pakistan members
// Dushanbe 2021 started the procedure for Egypt, Qatar and Saudi Arabia; their memoranda
// were signed around the Samarkand summit (15–16 September 2022), whose date we use. Saudi
// Arabia's cabinet approved its memorandum only in March 2023.
const SAMARKAND_2022 = '2022-09-16';
// Samarkand started the procedure for Bahrain, Kuwait, Maldives, Myanmar and the UAE; the
// memoranda were signed during India's chairmanship in 2023 (we only know the year for all
// five with confidence), so we use that chairmanship's summit, New Delhi (virtual).
const NEW_DELHI_2023 = '2023-07-04'; // also Iran's accession as a member
const ASTANA_2024 = '2024-07-04'; // Belarus a member
// Tianjin, 31 August – 1 September 2025: observers and dialogue partners merged into
// "partners"; Laos admitted as a partner.
const TIANJIN_2025 = '2025-09-01';

const member = (since: string): ScoStatusChange => ({ status: 'member', since });
const observer = (since: string): ScoStatusChange => ({ status: 'observer', since });
const dialoguePartner = (since: string): ScoStatusChange => ({ status: 'dialogue-partner', since });
const partner = (since: string): ScoStatusChange => ({ status: 'partner', since });

/**
 * Every state that is or has been associated with the SCO. Order here is only for reading;
 * `statesAsOf` defines the order shown.
 *
 * Afghanistan: observer since 2012. After August 2021 the Taliban authorities have not been
 * invited to SCO meetings, but the SCO never withdrew the status, and the 17 partners it counts
 * since Tianjin include Afghanistan — so we keep it, as observer and then partner.
 */
export const SCO_STATES: readonly ScoState[] = [
  // Founders. Uzbekistan joined the Shanghai Five at the founding itself.
  { code: 'CN', capital: 'beijing', currency: 'CNY', statuses: [member(FOUNDING)] },
  { code: 'RU', capital: 'moscow', currency: 'RUB', statuses: [member(FOUNDING)] },
  { code: 'KZ', capital: 'astana', currency: 'KZT', statuses: [member(FOUNDING)] },
  { code: 'KG', capital: 'bishkek', currency: 'KGS', statuses: [member(FOUNDING)] },
  { code: 'TJ', capital: 'dushanbe', currency: 'TJS', statuses: [member(FOUNDING)] },
  { code: 'UZ', capital: 'tashkent', currency: 'UZS', statuses: [member(FOUNDING)] },
  // Members since the first enlargements.
  { code: 'IN', capital: 'new-delhi', currency: 'INR', statuses: [observer(ASTANA_2005), member(ASTANA_2017)] },
  { code: 'PK', capital: 'islamabad', currency: 'PKR', statuses: [observer(ASTANA_2005), member(ASTANA_2017)] },
  { code: 'IR', capital: 'tehran', currency: 'IRR', statuses: [observer(ASTANA_2005), member(NEW_DELHI_2023)] },
  {
    code: 'BY',
    capital: 'minsk',
    currency: 'BYN',
    statuses: [dialoguePartner(YEKATERINBURG_2009), observer(UFA_2015), member(ASTANA_2024)],
  },
  // Observers until Tianjin.
  { code: 'MN', capital: 'ulaanbaatar', currency: 'MNT', statuses: [observer(TASHKENT_2004), partner(TIANJIN_2025)] },
  { code: 'AF', capital: 'kabul', currency: 'AFN', statuses: [observer(BEIJING_2012), partner(TIANJIN_2025)] },
  // Dialogue partners until Tianjin.
  { code: 'LK', capital: 'sri-jayawardenepura-kotte', currency: 'LKR', statuses: [dialoguePartner(YEKATERINBURG_2009), partner(TIANJIN_2025)] },
  { code: 'TR', capital: 'ankara', currency: 'TRY', statuses: [dialoguePartner(BEIJING_2012), partner(TIANJIN_2025)] },
  { code: 'AM', capital: 'yerevan', currency: 'AMD', statuses: [dialoguePartner(UFA_2015), partner(TIANJIN_2025)] },
  { code: 'AZ', capital: 'baku', currency: 'AZN', statuses: [dialoguePartner(UFA_2015), partner(TIANJIN_2025)] },
  { code: 'KH', capital: 'phnom-penh', currency: 'KHR', statuses: [dialoguePartner(UFA_2015), partner(TIANJIN_2025)] },
  { code: 'NP', capital: 'kathmandu', currency: 'NPR', statuses: [dialoguePartner(UFA_2015), partner(TIANJIN_2025)] },
  { code: 'EG', capital: 'cairo', currency: 'EGP', statuses: [dialoguePartner(SAMARKAND_2022), partner(TIANJIN_2025)] },
  { code: 'QA', capital: 'doha', currency: 'QAR', statuses: [dialoguePartner(SAMARKAND_2022), partner(TIANJIN_2025)] },
  { code: 'SA', capital: 'riyadh', currency: 'SAR', statuses: [dialoguePartner(SAMARKAND_2022), partner(TIANJIN_2025)] },
  { code: 'BH', capital: 'manama', currency: 'BHD', statuses: [dialoguePartner(NEW_DELHI_2023), partner(TIANJIN_2025)] },
  { code: 'KW', capital: 'kuwait-city', currency: 'KWD', statuses: [dialoguePartner(NEW_DELHI_2023), partner(TIANJIN_2025)] },
  { code: 'MV', capital: 'male', currency: 'MVR', statuses: [dialoguePartner(NEW_DELHI_2023), partner(TIANJIN_2025)] },
  { code: 'MM', capital: 'naypyidaw', currency: 'MMK', statuses: [dialoguePartner(NEW_DELHI_2023), partner(TIANJIN_2025)] },
  { code: 'AE', capital: 'abu-dhabi', currency: 'AED', statuses: [dialoguePartner(NEW_DELHI_2023), partner(TIANJIN_2025)] },
  // Partner from the start.
  { code: 'LA', capital: 'vientiane', currency: 'LAK', statuses: [partner(TIANJIN_2025)] },
];

const GROUP_OF_STATUS: Readonly<Record<ScoStatus, ScoGroup>> = {
  member: 'members',
  observer: 'observers',
  'dialogue-partner': 'dialogue-partners',
  partner: 'partners',
};

/** The SCO's own order of groups: members first, then observers and dialogue partners (or partners). */
const GROUP_ORDER: readonly ScoGroup[] = ['members', 'observers', 'dialogue-partners', 'partners'];

function checkDate(date: string): string {
  if (!isIsoDate(date)) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${date}"`);
  return date;
}

/** The status change in effect on `date` (ISO dates compare as strings), if any. */
function statusChangeOn(state: ScoState, date: string): ScoStatusChange | undefined {
  let current: ScoStatusChange | undefined;
  for (const change of state.statuses) {
    if (change.since <= date) current = change;
  }
  return current;
}

/** The state's status on `date` (`YYYY-MM-DD`), or `undefined` if it had none then. */
export function statusOn(state: ScoState, date: string): ScoStatus | undefined {
  return statusChangeOn(state, checkDate(date))?.status;
}

/** The state with this ISO 3166-1 alpha-2 code (any case), if it is or was associated with the SCO. */
export function stateByCode(code: string): ScoState | undefined {
  const wanted = code.toUpperCase();
  return SCO_STATES.find((state) => state.code === wanted);
}

/**
 * The organisation on `date`: the groups that had at least one state then, in the SCO's order
 * (members, observers, dialogue partners — or, from 1 September 2025, members and partners).
 * Before the founding there are no groups.
 *
 * Within a group, states are in order of seniority: by the day they entered the group, then by
 * the day they first got any SCO status, then by code. That keeps the founders first among
 * members and reads well in any language; widgets that prefer alphabetical order sort by the
 * localised name themselves.
 */
export function statesAsOf(date: string): { group: ScoGroup; states: ScoState[] }[] {
  checkDate(date);
  const entries = SCO_STATES.flatMap((state) => {
    const change = statusChangeOn(state, date);
    return change ? [{ state, change }] : [];
  });
  entries.sort(
    (a, b) => compare(a.change.since, b.change.since) || compare(a.state.statuses[0]!.since, b.state.statuses[0]!.since) || compare(a.state.code, b.state.code),
  );
  return GROUP_ORDER.map((group) => ({
    group,
    states: entries.filter(({ change }) => GROUP_OF_STATUS[change.status] === group).map(({ state }) => state),
  })).filter(({ states }) => states.length > 0);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The states of a selection on `date` (default today), in `statesAsOf` order: `members`,
 * `partners` (every non-member group: observers and dialogue partners before Tianjin), or `all`.
 */
export function statesIn(selection: StateSelection, date: string = todayIso()): ScoState[] {
  return statesAsOf(date)
    .filter(({ group }) => selection === 'all' || (selection === 'members') === (group === 'members'))
    .flatMap(({ states }) => states);
}

/**
 * The state's name in `locale` (default: the runtime's), from the engine's CLDR data via
 * `Intl.DisplayNames`, else in English; the code itself if the engine has no name for it.
 */
export function stateName(code: string, locale?: string | readonly string[]): string {
  const region = code.toUpperCase();
  return displayName(requestedLocales(locale), 'region', region) ?? region;
}

/**
 * The flag emoji of an ISO 3166-1 alpha-2 code (any case): the two letters as regional
 * indicator symbols, which platforms draw as the flag (some, e.g. Windows, as the letters).
 * An empty string for anything that is not two ASCII letters, so templates need no guard.
 */
export function flagEmoji(countryCode: string): string {
  if (!/^[A-Z]{2}$/i.test(countryCode)) return '';
  const REGIONAL_INDICATOR_A = 0x1f1e6;
  return String.fromCodePoint(...[...countryCode.toUpperCase()].map((letter) => REGIONAL_INDICATOR_A + letter.charCodeAt(0) - 65));
}
