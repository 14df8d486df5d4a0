import torch

torch.manual_seed(0)
batch1 = torch.randn(4, 2, 3)
batch2 = torch.randn(4, 3, 5)
bias = torch.randn(2, 5)
out = torch.baddbmm(bias, batch1, batch2, beta=0.5, alpha=2)
print(out.shape)
#> torch.Size([4, 2, 5])
print(torch.allclose(out, 0.5 * bias + 2 * torch.bmm(batch1, batch2)))
#> True
print(torch.allclose(out[3, 1, 4], 0.5 * bias[1, 4] + 2 * (batch1[3, 1] * batch2[3, :, 4]).sum()))
#> True

nan_input = torch.full((4, 2, 5), float("nan"))
print(torch.baddbmm(nan_input, batch1, batch2, beta=0).isnan().any().item())
#> False
