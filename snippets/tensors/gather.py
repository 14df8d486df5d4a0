import torch

x = torch.tensor([[1, 2],
                  [3, 4]])
index = torch.tensor([[0, 1],
                      [1, 1]])
out = torch.gather(x, 0, index)
print(out)
#> tensor([[1, 4],
#>         [3, 4]])

for i in range(2):
    for j in range(2):
        k = index[i, j].item()
        print(f"out[{i}][{j}] = x[index[{i}][{j}]][{j}] = x[{k}][{j}] = {x[k, j].item()}")
        #> out[0][0] = x[index[0][0]][0] = x[0][0] = 1
        #> out[0][1] = x[index[0][1]][1] = x[1][1] = 4
        #> out[1][0] = x[index[1][0]][0] = x[1][0] = 3
        #> out[1][1] = x[index[1][1]][1] = x[1][1] = 4
