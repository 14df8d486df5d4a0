import torch

src = torch.tensor([[1, 2, 3, 4],
                    [5, 6, 7, 8]])
index = torch.tensor([[2, 0, 1, 2],
                      [0, 1, 2, 1]])
out = torch.zeros(3, 4, dtype=torch.long)
out.scatter_(0, index, src)
print(out)
#> tensor([[5, 2, 0, 0],
#>         [0, 6, 3, 8],
#>         [1, 0, 7, 4]])

grid = [["." for _ in range(4)] for _ in range(3)]
for i in range(2):
    for j in range(4):
        grid[index[i, j].item()][j] = f"src[{i}][{j}]"
for k, row in enumerate(grid):
    print(f"out[{k}]:", " ".join(f"{cell:>9}" for cell in row))
    #> out[0]: src[1][0] src[0][1]         .         .
    #> out[1]:         . src[1][1] src[0][2] src[1][3]
    #> out[2]: src[0][0]         . src[1][2] src[0][3]
