import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([1, 0, 3])
c = torch.tensor([[1, 2, 3]])

print(torch.eq(a, b), type(torch.eq(a, b)).__name__)
#> tensor([ True, False,  True]) Tensor
print(torch.equal(a, b), type(torch.equal(a, b)).__name__)
#> False bool
print(torch.equal(a, a.clone()))
#> True

print(torch.eq(a, c).shape, torch.eq(a, c).all())
#> torch.Size([1, 3]) tensor(True)
print(torch.equal(a, c))
#> False

try:
    if torch.eq(a, b):
        pass
except RuntimeError as error:
    print(error)
    #> Boolean value of Tensor with more than one value is ambiguous
