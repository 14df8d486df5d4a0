import torch

s = torch.tensor(5.0)
v = torch.tensor([1.0, 2.0, 3.0])
m = torch.ones(2, 3)
for t in (s, v, m):
    print(tuple(t.shape), "->",
          tuple(torch.atleast_1d(t).shape),
          tuple(torch.atleast_2d(t).shape),
          tuple(torch.atleast_3d(t).shape))
    #> () -> (1,) (1, 1) (1, 1, 1)
    #> (3,) -> (3,) (1, 3) (1, 3, 1)
    #> (2, 3) -> (2, 3) (2, 3) (2, 3, 1)

print(torch.atleast_2d(v).data_ptr() == v.data_ptr(), torch.atleast_2d(m) is m)
#> True True
out = torch.atleast_1d(s, v)
print(type(out).__name__, [tuple(t.shape) for t in out])
#> tuple [(1,), (3,)]
print(type(torch.atleast_1d(s)).__name__)
#> Tensor
