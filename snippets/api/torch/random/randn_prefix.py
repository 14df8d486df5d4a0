import torch

for n in (4, 15, 16):
    torch.manual_seed(0)
    short = torch.randn(4)
    torch.manual_seed(0)
    long = torch.randn(n)
    print(n, torch.equal(short, long[:4]))
    #> 4 True
    #> 15 True
    #> 16 False
torch.manual_seed(0)
whole = torch.randn(16)
torch.manual_seed(0)
parts = torch.cat([torch.randn(8), torch.randn(8)])
print(torch.equal(whole, parts))
#> False
