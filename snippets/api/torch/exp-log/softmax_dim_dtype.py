import torch

scores = torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])
probs = torch.softmax(scores, dim=1)
print(probs)
#> tensor([[0.0900, 0.2447, 0.6652],
#>         [0.3333, 0.3333, 0.3333]])
print(probs.sum(dim=1))
#> tensor([1., 1.])
print(torch.allclose(probs[0], scores[0].exp() / scores[0].exp().sum()))
#> True
print(torch.softmax(scores, dim=0).sum(dim=0))
#> tensor([1.0000, 1.0000, 1.0000])

counts = torch.tensor([1, 2, 3])
try:
    torch.softmax(counts, dim=0)
except NotImplementedError as e:
    print(type(e).__name__, str(e).splitlines()[0][:60])
    #> NotImplementedError "softmax_lastdim_kernel_impl" not implemented for 'Long'
print(torch.softmax(counts, dim=0, dtype=torch.float64))
#> tensor([0.0900, 0.2447, 0.6652], dtype=torch.float64)
