/**
 * Adding, removing and reordering the items of a list (questions, answer
 * options, rubric criteria) with the keyboard in mind: focus goes where the
 * manager's attention is (the new item's first field, the moved item's button,
 * the list's add button after a removal) and a polite message says what happened,
 * since a move is otherwise silent for a screen-reader user.
 */
import { createSignal } from 'solid-js';

export interface ListEditorOptions<T> {
  items: () => readonly T[];
  set: (next: T[]) => void;
  create: () => T;
  /** Id of the element to focus in item `index` after it is added. */
  firstFieldId: (index: number) => string;
  /** Id of the item's "move up" (`up`) or "move down" (`down`) button. */
  moveButtonId: (index: number, direction: 'up' | 'down') => string;
  /** Id of the add button, focused after a removal. */
  addButtonId: string;
  /** Messages announced after each change. */
  said: { added: (n: number) => string; removed: (n: number) => string; moved: (n: number) => string };
}

const focus = (id: string) => document.getElementById(id)?.focus();

/** The list's operations and the message a live region should carry. */
export function createListEditor<T>(options: ListEditorOptions<T>) {
  const [announcement, setAnnouncement] = createSignal('');
  return {
    announcement,
    add() {
      const index = options.items().length;
      options.set([...options.items(), options.create()]);
      setAnnouncement(options.said.added(index + 1));
      focus(options.firstFieldId(index));
    },
    remove(index: number) {
      options.set(options.items().filter((_, i) => i !== index));
      setAnnouncement(options.said.removed(index + 1));
      focus(options.addButtonId);
    },
    move(index: number, direction: 'up' | 'down') {
      const target = direction === 'up' ? index - 1 : index + 1;
      const list = [...options.items()];
      if (target < 0 || target >= list.length) return;
      [list[index], list[target]] = [list[target] as T, list[index] as T];
      options.set(list);
      setAnnouncement(options.said.moved(target + 1));
      const stillPossible = direction === 'up' ? target > 0 : target < list.length - 1;
      focus(options.moveButtonId(target, stillPossible ? direction : direction === 'up' ? 'down' : 'up'));
    },
  };
}
