/** Where Electron's binary is on this machine, or null (nothing is downloaded). */
export function electronBinary(electronDir: string): string | null;
