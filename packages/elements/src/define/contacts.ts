import { SaferSevenContacts } from '../contacts/contacts.js';
import { defineElement } from './define-element.js';

defineElement('safer-seven-contacts', SaferSevenContacts);
