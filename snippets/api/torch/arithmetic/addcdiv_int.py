import torch

x = torch.tensor([1, 1])
t1 = torch.tensor([3, 4])
t2 = torch.tensor([2, 2])
for inp in (x, x.float()):
    try:
        torch.addcdiv(inp, t1, t2)
    except RuntimeError as e:
        print(inp.dtype, type(e).__name__, str(e).splitlines()[0][:52])
        #> torch.int64 RuntimeError Integer division with addcdiv is no longer supported
        #> torch.float32 RuntimeError Integer division with addcdiv is no longer supported
print(torch.addcdiv(x, t1.float(), t2))
#> tensor([2.5000, 3.0000])
