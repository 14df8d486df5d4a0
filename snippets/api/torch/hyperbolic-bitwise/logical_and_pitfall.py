import torch

a = torch.tensor([1, 2, 4])
b = torch.tensor([2, 1, 4])
print(a & b)
#> tensor([0, 0, 4])
print(torch.logical_and(a, b))
#> tensor([True, True, True])
try:
    torch.tensor([0.5, 1.0]) & torch.tensor([1.0, 1.0])
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> NotImplementedError "bitwise_and_cpu" not implemented for 'Float'
try:
    a and b
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError Boolean value of Tensor with more than one value is ambiguous
