import warnings

import torch

dense = torch.tensor([[1.0, 2.0, 0.0, 0.0], [3.0, 4.0, 0.0, 0.0], [0.0, 0.0, 5.0, 0.0], [0.0, 0.0, 6.0, 7.0]])
blocks = torch.tensor([[[1.0, 2.0], [3.0, 4.0]], [[5.0, 0.0], [6.0, 7.0]]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    csr = torch.sparse_csr_tensor(
        torch.tensor([0, 2, 4, 5, 7]), torch.tensor([0, 1, 0, 1, 2, 2, 3]),
        torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]), (4, 4), check_invariants=True)
    csc = torch.sparse_csc_tensor(
        torch.tensor([0, 2, 4, 6, 7]), torch.tensor([0, 1, 0, 1, 2, 3, 3]),
        torch.tensor([1.0, 3.0, 2.0, 4.0, 5.0, 6.0, 7.0]), (4, 4), check_invariants=True)
    bsr = torch.sparse_bsr_tensor(torch.tensor([0, 1, 2]), torch.tensor([0, 1]), blocks, (4, 4), check_invariants=True)
    bsc = torch.sparse_bsc_tensor(torch.tensor([0, 1, 2]), torch.tensor([0, 1]), blocks, (4, 4), check_invariants=True)
print(caught[0].category.__name__, str(caught[0].message)[:42])
#> UserWarning Sparse CSR tensor support is in beta state

print(csr.crow_indices(), csr.col_indices())
#> tensor([0, 2, 4, 5, 7]) tensor([0, 1, 0, 1, 2, 2, 3])
print(csc.ccol_indices(), csc.row_indices())
#> tensor([0, 2, 4, 6, 7]) tensor([0, 1, 0, 1, 2, 3, 3])
print(bsr.crow_indices(), bsr.col_indices(), bsr.values().shape)
#> tensor([0, 1, 2]) tensor([0, 1]) torch.Size([2, 2, 2])
for s in (csr, csc, bsr, bsc):
    print(s.layout, torch.equal(s.to_dense(), dense))
    #> torch.sparse_csr True
    #> torch.sparse_csc True
    #> torch.sparse_bsr True
    #> torch.sparse_bsc True
print(torch.equal(dense.to_sparse_csr().col_indices(), csr.col_indices()))
#> True

try:
    torch.sparse_csr_tensor(torch.tensor([0, 2, 1]), torch.tensor([0, 1]), torch.tensor([1.0, 2.0]), (2, 2), check_invariants=True)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError `crow_indices[..., -1] == nnz` is not satisfied.
unchecked = torch.sparse_csr_tensor(torch.tensor([0, 2, 1]), torch.tensor([0, 1]), torch.tensor([1.0, 2.0]), (2, 2), check_invariants=False)
print(unchecked.layout)
#> torch.sparse_csr
