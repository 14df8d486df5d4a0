import torch

calls = []


def flip_negative(row):
    calls.append(tuple(row.shape))
    return -row if row.sum() < 0 else row


x = torch.tensor([[1.0, 2.0], [-3.0, -4.0], [5.0, -1.0]])
print(torch.stack([flip_negative(row) for row in x]), calls)
#> tensor([[ 1.,  2.],
#>         [ 3.,  4.],
#>         [ 5., -1.]]) [(2,), (2,), (2,)]
calls.clear()
try:
    torch.vmap(flip_negative)(x)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:70])
    #> RuntimeError vmap: It looks like you're attempting to use a Tensor in some data-dep
print(len(calls))
#> 1
print(torch.vmap(lambda row: torch.where(row.sum() < 0, -row, row))(x))
#> tensor([[ 1.,  2.],
#>         [ 3.,  4.],
#>         [ 5., -1.]])
