// Icons of quick-add's own controls, as lucide data (drawn by SvgIcon; no icon font).
export { Plus as PlusIcon } from 'lucide';
