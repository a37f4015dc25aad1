// Icons of the inspector's own controls (ui/icons.ts belongs to the app shell).
export {
  ArrowRight as ArrowIcon,
  ExternalLink as OpenLinkIcon,
  Trash2 as DeleteIcon,
  TriangleAlert as WarningIcon,
  X as CloseIcon,
  AlignStartHorizontal as AlignTopIcon,
  AlignCenterHorizontal as AlignMiddleIcon,
  AlignEndHorizontal as AlignBottomIcon,
  AlignVerticalDistributeCenter as DistributeIcon,
} from 'lucide';
