import torch

x = torch.zeros(2, 3, 4)
print(x.shape, x.numel(), torch.numel(x))
#> torch.Size([2, 3, 4]) 24 24

s = torch.tensor([[3.5]])
print(s.item(), type(s.item()))
#> 3.5 <class 'float'>

try:
    torch.tensor([1, 2]).item()
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: a Tensor with 2 elements cannot be converted to Scalar
