/**
 * Identity of the `.cvj` format. `CURRENT_VERSION` changes only when a file written by this
 * build could be misread by an older build; adding an optional field that older builds may
 * carry along as an unknown field does not need a new version.
 */
export const FORMAT_NAME = 'cvj';
export const CURRENT_VERSION = 2;

/** Written into every file as provenance; a constant so shared/ never reads package.json. */
export const APP_NAME = 'CVJ Studio';
export const APP_VERSION = '0.1.0';
