import { createElement, memo } from 'react';
import type { IconNode } from 'lucide';
import { getIconNode } from '../../../shared/model/icons';

interface IconProps {
  size?: number;
  color?: string;
  className?: string;
}

/** Draws lucide icon data as inline SVG (no icon font, no network). */
export const SvgIcon = memo(function SvgIcon({
  node,
  size = 20,
  color = 'currentColor',
  className,
}: IconProps & { node: IconNode }) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke={color}
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {node.map(([tag, attrs], i) => createElement(tag, { key: i, ...attrs }))}
    </svg>
  );
});

/** A tactic icon from the shared registry, so cards and SVG exports use the same artwork. */
export function Icon({ name, ...props }: IconProps & { name: string }) {
  return <SvgIcon node={getIconNode(name)} {...props} />;
}
