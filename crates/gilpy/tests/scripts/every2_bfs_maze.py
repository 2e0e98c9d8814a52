from collections import deque

maze = [
    "S.#.....",
    ".##.###.",
    "....#...",
    "#.#...#.",
    "..#.#.#E",
]

def find(ch):
    for r, row in enumerate(maze):
        c = row.find(ch)
        if c != -1:
            return r, c

def bfs(start, goal):
    rows, cols = len(maze), len(maze[0])
    queue = deque([start])
    came_from = {start: None}
    while queue:
        cur = queue.popleft()
        if cur == goal:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and (nr, nc) not in came_from:
                came_from[(nr, nc)] = cur
                queue.append((nr, nc))
    if goal not in came_from:
        return None
    path = []
    node = goal
    while node:
        path.append(node)
        node = came_from[node]
    return path[::-1]

start, goal = find("S"), find("E")
path = bfs(start, goal)
print("start", start, "goal", goal, "steps", len(path) - 1)
grid = [list(row) for row in maze]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
