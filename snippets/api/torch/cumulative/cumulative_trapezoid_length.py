import torch
from scipy.integrate import cumulative_trapezoid

x = torch.linspace(0, 2, 5)
y = x**2
running = torch.cumulative_trapezoid(y, x)
try:
    x + running
except RuntimeError as e:
    print(type(e).__name__, str(e)[:60])
    #> RuntimeError The size of tensor a (5) must match the size of tensor b (4)
aligned = torch.cat([torch.zeros(1), running])
print(aligned, aligned.shape)
#> tensor([0.0000, 0.0625, 0.3750, 1.1875, 2.7500]) torch.Size([5])
print(torch.allclose(aligned, torch.from_numpy(cumulative_trapezoid(y.numpy(), x.numpy(), initial=0))))
#> True
