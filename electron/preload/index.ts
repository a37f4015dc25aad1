import { contextBridge, ipcRenderer } from 'electron';
import { createDesktopApi } from './api';

// Built as CommonJS (out/preload/index.cjs): a sandboxed preload cannot load ES modules, and its
// require() knows only a few built-ins, so everything else must be bundled in (or type-only).
contextBridge.exposeInMainWorld('cvj', createDesktopApi(ipcRenderer));
