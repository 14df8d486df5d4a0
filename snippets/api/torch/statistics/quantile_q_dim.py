import torch

x = torch.arange(12.).reshape(3, 4)
print(torch.quantile(x, 0.5, dim=1))
#> tensor([1.5000, 5.5000, 9.5000])
q = torch.tensor([0.25, 0.5, 0.75])
print(torch.quantile(x, q, dim=1).shape, torch.quantile(x, q, dim=1, keepdim=True).shape)
#> torch.Size([3, 3]) torch.Size([3, 3, 1])
print(torch.quantile(x, q, dim=1)[:, 0])
#> tensor([0.7500, 1.5000, 2.2500])
try:
    torch.quantile(torch.tensor([1, 2, 3]), 0.5)
except RuntimeError as e:
    print(type(e).__name__, str(e))
    #> RuntimeError quantile() input tensor must be either float or double dtype
