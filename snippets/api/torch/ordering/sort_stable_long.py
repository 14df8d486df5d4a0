import torch


def ties_in_order(x, **kwargs):
    values, indices = torch.sort(x, **kwargs)
    same = values[1:] == values[:-1]
    return bool((indices[1:][same] > indices[:-1][same]).all())


for n in (8, 9):
    x = torch.tensor([0, 1] * n)
    print(x.numel(), ties_in_order(x), ties_in_order(x, stable=True))
    #> 16 True True
    #> 18 False True
print(torch.sort(torch.tensor([0, 1] * 9)).indices[:9])
#> tensor([ 2, 16,  4,  6, 14,  8,  0, 10, 12])
