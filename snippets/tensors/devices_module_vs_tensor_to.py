import torch

model = torch.nn.Linear(2, 2)
moved = model.to(torch.float64)
print(moved is model, model.weight.dtype)
#> True torch.float64

t = torch.ones(2)
converted = t.to(torch.float64)
print(converted is t, t.dtype, converted.dtype)
#> False torch.float32 torch.float64

print(t.to(torch.float32) is t)
#> True
