# Graph algorithms on adjacency dicts: BFS, DFS, topological sort, Dijkstra, components.

graph = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
    "G": {"H": 1},
    "H": {},
}

def bfs(g, start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in sorted(g[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order

def dfs(g, start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for nxt in sorted(g[start]):
        if nxt not in seen:
            dfs(g, nxt, seen)
    return seen

print("BFS from A:", bfs(graph, "A"))
print("DFS from A:", dfs(graph, "A"))

def topo_sort(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in sorted(g[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(out) != len(g):
        raise ValueError("graph has a cycle")
    return out
print("topological order:", topo_sort(graph))
cyclic = {"x": {"y": 1}, "y": {"z": 1}, "z": {"x": 1}}
try:
    topo_sort(cyclic)
except ValueError as e:
    print("ValueError:", e)

def dijkstra(g, source):
    dist = {source: 0}
    prev = {}
    unvisited = set(g)
    while unvisited:
        candidates = [n for n in unvisited if n in dist]
        if not candidates:
            break
        u = min(candidates, key=lambda n: (dist[n], n))
        unvisited.remove(u)
        for v, w in g[u].items():
            alt = dist[u] + w
            if v not in dist or alt < dist[v]:
                dist[v] = alt
                prev[v] = u
    return dist, prev

def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]

dist, prev = dijkstra(graph, "A")
for node in sorted(graph):
    if node in dist:
        print("A -> %s: %2d via %s" % (node, dist[node], "-".join(path_to(prev, node))))
    else:
        print("A -> %s: unreachable" % node)

def undirected(g):
    u = {n: set() for n in g}
    for n in g:
        for m in g[n]:
            u[n].add(m)
            u[m].add(n)
    return u

def components(g):
    ug = undirected(g)
    seen, comps = set(), []
    for n in sorted(ug):
        if n in seen:
            continue
        stack, comp = [n], []
        seen.add(n)
        while stack:
            x = stack.pop()
            comp.append(x)
            for y in ug[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        comps.append(sorted(comp))
    return comps
print("components:", components(graph))

# shortest path in an unweighted grid maze with BFS
maze = [
    "S.#.....",
    ".##.###.",
    "....#...",
    "#.#...#E",
]
def solve(maze):
    rows, cols = len(maze), len(maze[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "S")
    end = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "E")
    prev = {start: None}
    queue = [start]
    while queue:
        cur = queue.pop(0)
        if cur == end:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                queue.append((nr, nc))
    path, node = [], end
    while node:
        path.append(node)
        node = prev[node]
    grid = [list(row) for row in maze]
    for r, c in path[1:-1]:
        grid[r][c] = "*"
    return len(path) - 1, ["".join(row) for row in grid]
steps, drawn = solve(maze)
print("maze solved in", steps, "steps")
for row in drawn:
    print(row)

# detecting cycles with DFS colors and reporting one cycle
def find_cycle(g):
    color = {n: "white" for n in g}
    stack = []
    def visit(n):
        color[n] = "grey"
        stack.append(n)
        for m in sorted(g[n]):
            if color[m] == "grey":
                return stack[stack.index(m):] + [m]
            if color[m] == "white":
                found = visit(m)
                if found:
                    return found
        stack.pop()
        color[n] = "black"
        return None
    for n in sorted(g):
        if color[n] == "white":
            found = visit(n)
            if found:
                return found
    return None
print("cycle in graph:", find_cycle(graph))
print("cycle in cyclic:", find_cycle(cyclic))
with_back_edge = dict(graph, F={"C": 1})
print("cycle after adding F->C:", find_cycle(with_back_edge))

# all simple paths from A to D
def all_paths(g, src, dst, path=()):
    path = path + (src,)
    if src == dst:
        return [path]
    out = []
    for nxt in sorted(g[src]):
        if nxt not in path:
            out.extend(all_paths(g, nxt, dst, path))
    return out
for p in all_paths(graph, "A", "D"):
    print("path:", "-".join(p), "cost", sum(graph[a][b] for a, b in zip(p, p[1:])))

# degree statistics
out_deg = {n: len(e) for n, e in graph.items()}
in_deg = {n: 0 for n in graph}
for n in graph:
    for m in graph[n]:
        in_deg[m] += 1
print("out-degree:", sorted(out_deg.items()))
print("in-degree:", sorted(in_deg.items()))
print("sources:", sorted(n for n in graph if in_deg[n] == 0), "sinks:", sorted(n for n in graph if out_deg[n] == 0))
