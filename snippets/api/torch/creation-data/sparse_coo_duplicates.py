import torch

indices = torch.tensor([[0, 0, 1], [1, 1, 0]])
s = torch.sparse_coo_tensor(indices, torch.tensor([2.0, 3.0, 4.0]), (2, 2), check_invariants=True)
print(s._nnz(), s.is_coalesced())
#> 3 False
try:
    s.values()
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError Cannot get values on an uncoalesced tensor, please call .coalesce() first
c = s.coalesce()
print(c.values(), c._nnz())
#> tensor([5., 4.]) 2
print(s.to_dense())
#> tensor([[0., 5.],
#>         [4., 0.]])
