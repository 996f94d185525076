/**
 * An entity search box with suggestions, following the WAI-ARIA combobox pattern: the focus stays in the input,
 * arrow keys move the active suggestion (aria-activedescendant), Enter picks it, Escape closes the list (a
 * second Escape clears the text).
 */
import { h, replaceChildren } from './dom.js';
import { searchEntities } from './api.js';
import { typeOfId } from './graph-view.js';

const TYPE_NAMES = { WeaponSystem: 'Weapon system' };

const describeSuggestion = (entity) =>
  `${entity.name}, ${TYPE_NAMES[entity.__typename] ?? entity.__typename}${entity.aliases?.length ? `; also ${entity.aliases.slice(0, 3).join(', ')}` : ''}`;

export function createSearchBox({ input, listbox, onPick, announce = () => {}, onError = () => {} }) {
  let suggestions = [];
  let activeIndex = -1;
  let requestNumber = 0;
  let debounceTimer = null;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('autocomplete', 'off');
  input.setAttribute('spellcheck', 'false');
  listbox.setAttribute('role', 'listbox');
  listbox.hidden = true;

  const isOpen = () => !listbox.hidden;

  function open() {
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    activeIndex = -1;
  }

  function setActive(index) {
    activeIndex = index;
    listbox.querySelectorAll('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      if (i === index) {
        input.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView({ block: 'nearest' });
      }
    });
    if (index < 0) input.removeAttribute('aria-activedescendant');
  }

  function render(text) {
    const options = suggestions.map((entity, i) =>
      h(
        'li',
        {
          id: `${listbox.id}-option-${i}`,
          role: 'option',
          'aria-selected': 'false',
          class: 'suggestion',
          'data-entity-id': entity.id,
          'aria-label': describeSuggestion(entity),
          // mousedown would blur the input first and close the list before the click lands.
          onmousedown: (event) => event.preventDefault(),
          onclick: () => pick(i),
        },
        h('span', { class: `type-badge type-${entity.__typename}` }, TYPE_NAMES[entity.__typename] ?? entity.__typename),
        h('span', { class: 'suggestion-name' }, entity.name),
        entity.aliases?.length ? h('span', { class: 'suggestion-aliases' }, entity.aliases.slice(0, 3).join(', ')) : null,
      ),
    );
    if (options.length === 0) {
      options.push(h('li', { role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false', class: 'suggestion empty', id: `${listbox.id}-none` }, `No entity matches “${text}”`));
    }
    replaceChildren(listbox, options);
    activeIndex = -1;
    open();
    announce(suggestions.length ? `${suggestions.length} suggestions; use the arrow keys to choose` : 'No entity matches');
  }

  async function lookUp(text) {
    const thisRequest = ++requestNumber;
    try {
      const found = await searchEntities(text);
      // A slower answer to an older keystroke must not replace a newer one.
      if (thisRequest !== requestNumber || input.value.trim() !== text) return;
      suggestions = found;
      render(text);
    } catch (error) {
      if (thisRequest === requestNumber) onError(`Search failed: ${error.message}`);
    }
  }

  function pick(index) {
    const entity = suggestions[index];
    if (!entity) return;
    input.value = entity.name;
    close();
    onPick({ id: entity.id, name: entity.name, type: entity.__typename ?? typeOfId(entity.id) });
  }

  input.addEventListener('input', () => {
    clearTimeout(debounceTimer);
    const text = input.value.trim();
    if (!text) {
      requestNumber++;
      suggestions = [];
      close();
      return;
    }
    debounceTimer = setTimeout(() => lookUp(text), 120);
  });

  input.addEventListener('keydown', (event) => {
    const count = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!isOpen() && count) open();
        if (count) setActive((activeIndex + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!isOpen() && count) open();
        if (count) setActive(activeIndex <= 0 ? count - 1 : activeIndex - 1);
        break;
      case 'Enter':
        // Enter with nothing highlighted takes the best match, as a search box usually does.
        if (isOpen() && count) {
          event.preventDefault();
          pick(activeIndex >= 0 ? activeIndex : 0);
        }
        break;
      case 'Escape':
        if (isOpen()) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
          suggestions = [];
        }
        break;
      case 'Tab':
        close();
        break;
    }
  });

  input.addEventListener('blur', () => close());

  return {
    clear() {
      input.value = '';
      suggestions = [];
      close();
    },
  };
}
