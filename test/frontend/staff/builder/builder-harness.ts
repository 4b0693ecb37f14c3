/**
 * What the builder tests share: a manager and a reviewer, a draft programme as
 * the API returns it, answers the API gives (problem with `currentVersion`), and a
 * way to set a field's value as typing would.
 */
import { fireEvent } from '@solidjs/testing-library';
import type { Program } from '../../../../functions/src/domain/program';
import type { Me } from '../../../../frontend/src/lib/api';
import { amorcage, jsonResponse } from '../../fixtures';

export const manager: Me = {
  id: 'usr_claire',
  email: 'claire@agglo.example.org',
  displayName: 'Claire Martin',
  role: 'manager',
  locale: 'fr',
};
export const reviewer: Me = {
  id: 'usr_yann',
  email: 'yann@agglo.example.org',
  displayName: 'Yann Le Gall',
  role: 'reviewer',
  locale: 'fr',
};

export const asManager = { 'GET /api/me': () => jsonResponse(manager) };

/** A draft programme: both stages, no age minimum, one choice question and one criterion. */
export const draftProgram: Program = {
  ...amorcage,
  id: 'fabrique-2027',
  status: 'draft',
  title: { fr: 'Fabrique à projets 2027', en: 'Project factory 2027' },
  rules: { ...amorcage.rules, stages: ['creation', 'development'] },
  questions: [
    {
      id: 'public_vise',
      type: 'choice',
      label: { fr: 'Public visé', en: 'Target public' },
      help: null,
      required: true,
      options: [
        { value: 'jeunes', label: { fr: 'Jeunes', en: 'Young people' } },
        { value: 'seniors', label: { fr: 'Seniors', en: 'Older people' } },
      ],
    },
  ],
  rubric: [
    {
      id: 'utilite_sociale',
      label: { fr: 'Utilité sociale', en: 'Social utility' },
      description: { fr: 'Besoin social.', en: 'Social need.' },
      weight: 3,
    },
  ],
  version: 1,
};

/** A 409 as the API sends it, with the version now stored when it gives one. */
export function conflict(detail: { fr: string; en: string }, currentVersion?: number): Response {
  return jsonResponse(
    {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: detail.fr,
      detailI18n: detail,
      ...(currentVersion ? { currentVersion } : {}),
    },
    409,
  );
}

/** Sets an input's value and fires `input`, as typing the whole value would. */
export function setValue(element: HTMLElement, value: string): void {
  fireEvent.input(element, { target: { value } });
}

const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The control whose visible label reads `label` ("(facultatif)" aside). The
 * builder has over a hundred fields, where Testing Library's label queries take a
 * second each; this reads the same `<label for>` links directly.
 */
export function control<T extends HTMLElement = HTMLInputElement>(label: string, container: ParentNode = document): T {
  const labels = [...container.querySelectorAll('label')].filter((l) => text(l).replace(/ \(facultatif\)$/, '') === label);
  if (labels.length !== 1) throw new Error(`${labels.length} fields labelled "${label}"`);
  const element = document.getElementById(labels[0]!.htmlFor);
  if (!element) throw new Error(`The label "${label}" names no element`);
  return element as T;
}

/** The fieldset whose legend reads `legend`. */
export function group(legend: string, container: ParentNode = document): HTMLFieldSetElement {
  const found = [...container.querySelectorAll('legend')].filter((l) => text(l).replace(/ \(facultatif\)$/, '') === legend);
  if (found.length !== 1 || !(found[0]?.parentElement instanceof HTMLFieldSetElement))
    throw new Error(`${found.length} groups named "${legend}"`);
  return found[0].parentElement;
}
