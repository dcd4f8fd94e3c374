/** Volume and bind strings as the Docker CLI and SDKs write them: `SOURCE:TARGET[:OPTIONS]`. */

/** `/srv:/data:ro` → ["/srv", "/data", "ro"]; a Windows drive (`C:\\x:/data`) stays in its path. */
export function splitVolume(text: string): string[] {
  const fields = text.split(":");
  if (fields.length > 2 && /^[A-Za-z]$/.test(fields[0] ?? "") && /^[\\/]/.test(fields[1] ?? "")) {
    return [`${fields[0]}:${fields[1]}`, ...fields.slice(2)];
  }
  return fields;
}

/** A source that is a path (`/…`, `./…`, `~/…`, `$HOME/…`, `C:\\…`) is a bind mount; a bare name is a named volume. */
export function isHostPath(source: string): boolean {
  return /^(?:[/~.$]|[A-Za-z]:[\\/])/.test(source);
}
