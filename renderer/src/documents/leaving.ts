let allowed = false;

/**
 * The page is about to go on purpose (a reload the user asked for, with the journey kept for
 * the reloaded page): the browser's "Leave site?" prompt would only be in the way.
 */
export function allowLeaving(): void {
  allowed = true;
}

export function leavingAllowed(): boolean {
  return allowed;
}
