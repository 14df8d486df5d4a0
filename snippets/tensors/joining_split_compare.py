import torch

x = torch.arange(7)


def sizes(pieces):
    return [len(p) for p in pieces]


print("chunk(x, 3)            ", sizes(torch.chunk(x, 3)))
#> chunk(x, 3)             [3, 3, 1]
print("split(x, 3)            ", sizes(torch.split(x, 3)))
#> split(x, 3)             [3, 3, 1]
print("tensor_split(x, 3)     ", sizes(torch.tensor_split(x, 3)))
#> tensor_split(x, 3)      [3, 2, 2]
print("split(x, [2, 5])       ", sizes(torch.split(x, [2, 5])))
#> split(x, [2, 5])        [2, 5]
print("tensor_split(x, [1, 4])", sizes(torch.tensor_split(x, [1, 4])))
#> tensor_split(x, [1, 4]) [1, 3, 3]
print([p.tolist() for p in torch.tensor_split(x, [1, 4])])
#> [[0], [1, 2, 3], [4, 5, 6]]
