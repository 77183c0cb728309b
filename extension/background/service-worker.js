// Chrome's entry point (a service worker). Firefox loads the same files from manifest background.scripts.
importScripts(
  '../shared/namespace.js', '../shared/settings.js', '../shared/storage.js', '../shared/hosts.js',
  '../shared/messages.js', 'server.js', 'batcher.js', 'status.js', 'tabs.js', 'state.js', 'sites.js',
  'steps.js', 'navigate.js', 'handlers.js', 'main.js',
);
