import torch

s = torch.tensor(5)
v = torch.tensor([1, 2, 3])

for t in (s, v):
    print(tuple(t.shape), "->",
          tuple(torch.atleast_1d(t).shape),
          tuple(torch.atleast_2d(t).shape),
          tuple(torch.atleast_3d(t).shape))
    #> () -> (1,) (1, 1) (1, 1, 1)
    #> (3,) -> (3,) (1, 3) (1, 3, 1)

m = torch.ones(2, 3)
print(torch.atleast_2d(m) is m)
#> True
print([tuple(t.shape) for t in torch.atleast_2d(s, v, m)])
#> [(1, 1), (1, 3), (2, 3)]
