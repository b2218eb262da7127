def shift(a, grid, n):
    i = 0
    while i < n:
        a[i + 1] = a[i] + grid[i][n]
        i += 1
