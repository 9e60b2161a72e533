/** What a list's droppable is called and carries; read by collision detection, drop handling and announcements. */
export function zoneId(containerId: string): string {
  return `zone:${containerId}`;
}

export interface ZoneData {
  type: 'zone';
  containerId: string;
  /** The container and its own ancestors: nothing among them may be dropped here. */
  ancestors: string[];
  label: string;
}
