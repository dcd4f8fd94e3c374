/** The benchmark's figures as the markdown tables the README's Benchmark section holds. */

export interface RepoScan {
  readonly name: string;
  /** How many times the scan ran: the time and peak memory are medians of these runs. */
  readonly runs: number;
  readonly seconds: number;
  readonly filesPerSecond: number;
  readonly megabytesPerSecond: number;
  readonly peakRssMiB: number;
  /** The highest peak memory of the runs. */
  readonly peakRssMaxMiB: number;
  readonly findings: number;
  readonly targets?: { readonly seconds?: number; readonly peakRssMiB?: number };
}

export interface TimedCase {
  readonly name: string;
  readonly medianMs: number;
  readonly targetMs?: number;
  readonly loaded: readonly string[];
}

export interface BenchResult {
  readonly files: number;
  readonly megabytes: number;
  readonly scans: readonly RepoScan[];
  readonly python: RepoScan;
  readonly runs: number;
  readonly latency: readonly TimedCase[];
  readonly stress: readonly TimedCase[];
  readonly fuzzSlowest: readonly TimedCase[];
  readonly machine: { readonly node: string; readonly platform: string; readonly cores: number };
}

export function renderTables(result: BenchResult): string {
  const scans = [...result.scans, result.python];
  return [
    `agentlint benchmark — synthetic repository of ${result.files} files, ${result.megabytes} MB (node ${result.machine.node}, ${result.machine.platform}, ${result.machine.cores} cores)`,
    "",
    `| scan (median of ${result.scans[0]?.runs ?? 0} runs) | wall time | throughput | peak RSS (highest) | findings | target |`,
    "| --- | --- | --- | --- | --- | --- |",
    ...scans.map(
      (scan) =>
        `| ${scan.name} | ${scan.seconds} s | ${scan.filesPerSecond} files/s, ${scan.megabytesPerSecond} MB/s | ${scan.peakRssMiB} MiB (${scan.peakRssMaxMiB}) | ${scan.findings} | ${scanTargets(scan)} |`,
    ),
    "",
    ...timedTable(`single file (median of ${result.runs})`, result.latency),
    "",
    ...timedTable(`stress input (median of ${result.runs})`, result.stress),
    ...(result.fuzzSlowest.length > 0 ? ["", ...timedTable(`slowest fuzz input (median of ${result.runs})`, result.fuzzSlowest)] : []),
  ].join("\n");
}

/** The targets a scan has, each marked met or not (memory by the highest run). */
function scanTargets(scan: RepoScan): string {
  const { seconds, peakRssMiB } = scan.targets ?? {};
  const marks = [
    ...(seconds !== undefined ? [`< ${seconds} s${scan.seconds < seconds ? " ✓" : " ✗"}`] : []),
    ...(peakRssMiB !== undefined ? [`< ${peakRssMiB} MiB${scan.peakRssMaxMiB < peakRssMiB ? " ✓" : " ✗"}`] : []),
  ];
  return marks.join(", ") || "–";
}

function timedTable(title: string, cases: readonly TimedCase[]): string[] {
  return [
    `| ${title} | wall | target | heavy modules loaded |`,
    "| --- | --- | --- | --- |",
    ...cases.map(
      (entry) =>
        `| ${entry.name} | ${entry.medianMs} ms | ${entry.targetMs ? `< ${entry.targetMs} ms${entry.medianMs < entry.targetMs ? " ✓" : " ✗"}` : "–"} | ${entry.loaded.join(", ") || "none"} |`,
    ),
  ];
}
