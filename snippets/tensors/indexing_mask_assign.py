import torch

x = torch.tensor([[1.0, -2.0, 3.0],
                  [-4.0, 5.0, -6.0]])
filled = x.masked_fill(x < 0, 0.0)
print(filled)
#> tensor([[1., 0., 3.],
#>         [0., 5., 0.]])
print(x[0, 1].item())
#> -2.0

x[x < 0] = 0.0
print(x)
#> tensor([[1., 0., 3.],
#>         [0., 5., 0.]])

scores = torch.tensor([[0.5, 2.0, 1.0], [3.0, 0.1, 0.2]])
padding = torch.tensor([[False, False, True], [False, True, True]])
print(scores.masked_fill(padding, float("-inf")).softmax(dim=1).round(decimals=3))
#> tensor([[0.1820, 0.8180, 0.0000],
#>         [1.0000, 0.0000, 0.0000]])
