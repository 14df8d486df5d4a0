import torch

a = torch.tensor([True, True, False])
b = torch.tensor([True, False, False])
try:
    torch.sub(a, b)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:69])
    #> NotImplementedError Subtraction, the `-` operator, with two bool tensors is not supported
print(a ^ b)
#> tensor([False,  True, False])
print(a.int() - b.int())
#> tensor([0, 1, 0], dtype=torch.int32)
