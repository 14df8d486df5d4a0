import torch

a = torch.zeros(2, 3)
by_view = a.clone()
by_view[1] = 7.0
print(by_view)
#> tensor([[0., 0., 0.],
#>         [7., 7., 7.]])
try:
    torch.select_scatter(a, torch.tensor(7.0), 0, 1)
except RuntimeError as e:
    print(type(e).__name__, str(e).split(". ")[1])
    #> RuntimeError src size = [], slice size = [3]
print(torch.select_scatter(a, torch.tensor(7.0).expand(3), 0, 1))
#> tensor([[0., 0., 0.],
#>         [7., 7., 7.]])
