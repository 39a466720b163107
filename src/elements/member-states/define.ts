import { ScoMemberStates } from './sco-member-states.js';

if (!customElements.get('sco-member-states')) customElements.define('sco-member-states', ScoMemberStates);

export { ScoMemberStates };
