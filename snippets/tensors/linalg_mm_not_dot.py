import torch

a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([4.0, 5.0, 6.0])
print(torch.dot(a, b))
#> tensor(32.)

A = torch.tensor([[1.0, 2.0],
                  [3.0, 4.0]])
B = torch.tensor([[5.0, 6.0],
                  [7.0, 8.0]])
print(torch.mm(A, B))
#> tensor([[19., 22.],
#>         [43., 50.]])

print(torch.mm(a.reshape(1, 3), b.reshape(3, 1)))
#> tensor([[32.]])
