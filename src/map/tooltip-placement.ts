/** Where a tooltip goes next to a tile without leaving its container. Pure. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Above the anchor and centred on it when there is room, else below, else
 * wherever it overlaps least; always clamped inside `bounds` (0,0 to
 * width,height, the container's own coordinates). A tooltip larger than the
 * container is pinned to its top left corner.
 */
export function placeTooltip(
  anchor: Box,
  tooltip: { width: number; height: number },
  bounds: { width: number; height: number },
  gap = 6,
): { left: number; top: number } {
  const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max));
  const left = clamp(anchor.left + anchor.width / 2 - tooltip.width / 2, bounds.width - tooltip.width);
  const above = anchor.top - gap - tooltip.height;
  const below = anchor.top + anchor.height + gap;
  let top: number;
  if (above >= 0) top = above;
  else if (below + tooltip.height <= bounds.height) top = below;
  else top = anchor.top >= bounds.height - (anchor.top + anchor.height) ? above : below;
  return { left, top: clamp(top, bounds.height - tooltip.height) };
}
