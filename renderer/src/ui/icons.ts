// Icons of the app's own controls (toolbar, panels). Tactic icons live in shared/model/icons.
export {
  Route as AppIcon,
  FilePlus as NewIcon,
  FolderOpen as OpenIcon,
  Save as SaveIcon,
  Undo2 as UndoIcon,
  Redo2 as RedoIcon,
  StickyNote as NotesIcon,
  Maximize as FitIcon,
  TriangleAlert as WarningIcon,
  Info as InfoIcon,
  X as CloseIcon,
  RefreshCw as UpdateIcon,
  WifiOff as OfflineIcon,
} from 'lucide';
