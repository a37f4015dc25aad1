// Icons of the palette's own controls, as lucide data (drawn by SvgIcon; no icon font).
export {
  Search as SearchIcon,
  ChevronRight as ChevronIcon,
  PanelLeftClose as HideIcon,
  PanelLeftOpen as ShowIcon,
  Plus as PlusIcon,
  Pencil as EditIcon,
  Trash as DeleteIcon,
  X as ClearIcon,
  CornerDownLeft as EnterIcon,
  Sparkles as CustomIcon,
} from 'lucide';
