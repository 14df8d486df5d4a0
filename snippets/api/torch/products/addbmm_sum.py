import torch

batch1 = torch.arange(12.).reshape(3, 2, 2)
batch2 = torch.ones(3, 2, 2)
M = torch.tensor([[1., 2.], [3., 4.]])
out = torch.addbmm(M, batch1, batch2, beta=2, alpha=0.5)
print(out.shape)
#> torch.Size([2, 2])
print(out)
#> tensor([[15.5000, 17.5000],
#>         [25.5000, 27.5000]])
print(torch.equal(out, 2 * M + 0.5 * (batch1 @ batch2).sum(dim=0)))
#> True
print(2 * 1 + 0.5 * ((0 + 1) + (4 + 5) + (8 + 9)))
#> 15.5
print(torch.baddbmm(M, batch1, batch2).shape)
#> torch.Size([3, 2, 2])
