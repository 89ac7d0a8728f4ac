/**
 * A Drain template miner (He et al., ICWS'17; logpai/logparser `Drain.py`, Drain3's defaults: depth 4,
 * similarity threshold 0.4, 100 children a node), with Drain3-style masks for numbers, ips and hex. A
 * streaming parser: each message joins the most similar template of its length and leading tokens, or
 * starts a new one. Returns a cluster label per message.
 */
export interface DrainOptions {
  depth?: number;
  similarity?: number;
  maxChildren?: number;
}

const WILDCARD = '<*>';
const PRE_MASKS: [RegExp, string][] = [
  [/(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?(?![\w.])/g, '<IP>'],
  [/\b0x[0-9a-f]+\b/gi, '<HEX>'],
  [/(?<![\w])[-+]?\d+(?:\.\d+)?(?![\w])/g, '<NUM>'],
];

interface Cluster {
  id: number;
  template: string[];
}

type Node = { children: Map<string, Node>; clusters: Cluster[] };
const newNode = (): Node => ({ children: new Map(), clusters: [] });

export function drainCluster(messages: readonly string[], options: DrainOptions = {}): number[] {
  const depth = options.depth ?? 4;
  const threshold = options.similarity ?? 0.4;
  const maxChildren = options.maxChildren ?? 100;
  const root = newNode();
  let nextId = 0;
  return messages.map((message) => {
    let text = message;
    for (const [pattern, replacement] of PRE_MASKS) text = text.replace(pattern, replacement);
    const tokens = text.trim().split(/\s+/);
    let node: Node = root.children.get(String(tokens.length)) ?? newNode();
    root.children.set(String(tokens.length), node);
    for (let level = 0; level < Math.min(depth - 2, tokens.length); level++) {
      const token = tokens[level] as string;
      const key = /\d/.test(token) ? WILDCARD : token;
      let child: Node | undefined =
        node.children.get(key) ?? (key === token ? undefined : node.children.get(WILDCARD));
      if (!child) {
        const full = node.children.size >= maxChildren;
        child = full ? (node.children.get(WILDCARD) ?? newNode()) : newNode();
        node.children.set(full ? WILDCARD : key, child);
      }
      node = child;
    }
    let best: Cluster | null = null;
    let bestSim = -1;
    let bestParams = -1;
    for (const cluster of node.clusters) {
      let same = 0;
      let params = 0;
      cluster.template.forEach((token, i) => {
        if (token === WILDCARD) params++;
        else if (token === tokens[i]) same++;
      });
      const sim = same / tokens.length;
      if (sim > bestSim || (sim === bestSim && params > bestParams)) {
        best = cluster;
        bestSim = sim;
        bestParams = params;
      }
    }
    if (best && bestSim >= threshold) {
      const cluster: Cluster = best;
      cluster.template = cluster.template.map((token, i) => (token === tokens[i] ? token : WILDCARD));
      return cluster.id;
    }
    const cluster = { id: nextId++, template: tokens };
    node.clusters.push(cluster);
    return cluster.id;
  });
}
