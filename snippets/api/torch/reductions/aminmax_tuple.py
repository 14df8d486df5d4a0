import torch

x = torch.tensor([[1., 5., 5.],
                  [7., 2., 7.]])
r = torch.aminmax(x, dim=1)
print(type(r))
#> <class 'torch.return_types.aminmax'>
print(r.min, r.max)
#> tensor([1., 2.]) tensor([5., 7.])
lo, hi = torch.aminmax(x)
print(lo, hi)
#> tensor(1.) tensor(7.)
print(torch.aminmax(x, dim=0, keepdim=True).max.shape)
#> torch.Size([1, 3])
print(torch.equal(r.min, torch.amin(x, dim=1)), torch.equal(r.max, torch.amax(x, dim=1)))
#> True True
try:
    torch.aminmax(x, 1)
except TypeError as e:
    print(type(e).__name__, e)
    #> TypeError aminmax() takes 1 positional argument but 2 were given
