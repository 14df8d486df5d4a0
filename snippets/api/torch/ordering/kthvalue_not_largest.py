import torch

x = torch.tensor([5.0, 1.0, 4.0, 2.0, 3.0])
print(torch.kthvalue(x, 1).values, x.min(), x.max())
#> tensor(1.) tensor(1.) tensor(5.)
k = 2
print(torch.kthvalue(x, x.numel() - k + 1).values, torch.topk(x, k).values[-1])
#> tensor(4.) tensor(4.)
try:
    torch.kthvalue(x, 0)
except RuntimeError as e:
    print(type(e).__name__, e)
    #> RuntimeError kthvalue(): selected number k out of range for dimension 0
