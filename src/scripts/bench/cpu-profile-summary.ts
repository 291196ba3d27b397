/** The parts of a V8 `.cpuprofile` the summary reads. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

type CallFrame = CpuProfile['nodes'][number]['callFrame'];

/** Where a sample's own time goes: GC, native code, a package, Node's internals, or the app. */
export function partOf({ functionName, url }: CallFrame): string {
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(program)') return 'native (V8, SQLite rows, JSON, HTTP)';
  if (functionName === '(idle)') return 'idle';
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.includes('/dist/')) return `app: ${url.split('/dist/')[1].split('/')[0]}`;
  if (url.includes('async_hooks')) return 'node: async_hooks';
  if (url.startsWith('node:')) return 'node: other';
  return url ? url : `native: ${functionName}`;
}

/**
 * Self time of the last `windowSeconds` of a profile (the load, not the start-up), by part
 * and by function, as shares of the busy (non-idle) time: a flat "flame" summary.
 */
export function summariseProfile(profile: CpuProfile, windowSeconds: number, top = 12) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const cut = profile.endTime - windowSeconds * 1e6;
  const self = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at >= cut) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const parts = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, time] of self) {
    const frame = byId.get(id)!.callFrame;
    const part = partOf(frame);
    parts.set(part, (parts.get(part) ?? 0) + time);
    if (part === 'idle') continue;
    const file = frame.url.replace(/.*node_modules\//, '').replace(/.*\/dist\//, '');
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + time);
  }
  const busy = [...parts].reduce((sum, [part, t]) => (part === 'idle' ? sum : sum + t), 0);
  const share = (entries: Map<string, number>) =>
    [...entries]
      .filter(([name]) => name !== 'idle')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, t]) => ({ name, percent: Math.round((1000 * t) / busy) / 10 }));
  return { busyMs: Math.round(busy / 1000), parts: share(parts), functions: share(functions) };
}
