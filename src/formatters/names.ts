/** The output formats, by the names `--format` takes. */
export const FORMAT_NAMES = ["stylish", "json", "sarif", "github"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
