import torch

x = torch.tensor([[-1., 2.],
                  [3., -4.]])
print(torch.max(x, 0))
#> torch.return_types.max(
#> values=tensor([3., 2.]),
#> indices=tensor([1, 0]))
try:
    torch.max(x, 0.0)
except TypeError as e:
    print(type(e).__name__, str(e).splitlines()[0])
    #> TypeError max() received an invalid combination of arguments - got (Tensor, float), but expected one of:
print(torch.clamp(x, min=0))
#> tensor([[0., 2.],
#>         [3., 0.]])
print(torch.max(x, torch.tensor(0.)))
#> tensor([[0., 2.],
#>         [3., 0.]])
