// The page: register the elements, fill a store with the example county's cases, and render the
// portal. The tags are registered before the first render so that React 19 finds the elements'
// properties (engine, actor, selectedId...) and sets them, instead of writing attributes.
import '@casegrid/elements/define';
import { memoryLocalStore } from '@casegrid/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { enginesByLocale } from './engine.js';
import { text } from './messages.js';
import { Portal } from './portal.js';
import { seedCases } from './seed.js';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root');
const root = createRoot(container);

// Created once, outside any component: the store and the engines must keep their identities for
// the page's whole life (see enginesByLocale).
const store = memoryLocalStore();
const engineFor = enginesByLocale(store);

// Compiling the kit's case types and seeding take a moment: say so meanwhile, in both languages.
root.render(
  <p className="hint">
    {text('zh-CN', 'loading')} <span lang="en">{text('en', 'loading')}</span>
  </p>,
);
await seedCases(store);
root.render(
  <StrictMode>
    <Portal store={store} engineFor={engineFor} />
  </StrictMode>,
);
