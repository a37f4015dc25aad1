import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createDesktopApi } from './api';

// Built as CommonJS (out/preload/index.cjs): a sandboxed preload cannot load ES modules, and its
// require() knows only a few built-ins, so everything else must be bundled in (or type-only).
contextBridge.exposeInMainWorld(
  'cvj',
  createDesktopApi(ipcRenderer, {
    // A File from a drop carries its path only here, in the preload; the page cannot forge one
    // (a File it constructs itself has no path, and getPathForFile returns "").
    getPathForFile: (file) => webUtils.getPathForFile(file as File),
  }),
);
