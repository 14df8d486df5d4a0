import torch

base = torch.tensor([2.0, 2.0, 2.0, 2.0])
index = torch.tensor([0, 0, 1, 3])
src = torch.tensor([3.0, 5.0, 4.0, 6.0])
for reduce in ["sum", "prod", "mean", "amax", "amin"]:
    with_self = torch.scatter_reduce(base, 0, index, src, reduce)
    without = torch.scatter_reduce(base, 0, index, src, reduce, include_self=False)
    print(f"{reduce:5}", with_self, without)
    #> sum   tensor([10.,  6.,  2.,  8.]) tensor([8., 4., 2., 6.])
    #> prod  tensor([30.,  8.,  2., 12.]) tensor([15.,  4.,  2.,  6.])
    #> mean  tensor([3.3333, 3.0000, 2.0000, 4.0000]) tensor([4., 4., 2., 6.])
    #> amax  tensor([5., 4., 2., 6.]) tensor([5., 4., 2., 6.])
    #> amin  tensor([2., 2., 2., 2.]) tensor([3., 4., 2., 6.])

print(2 + 3 + 5, 3 + 5, round((2 + 3 + 5) / 3, 4), (3 + 5) / 2)
#> 10 8 3.3333 4.0
