import torch

x = torch.tensor([1, 2, 3])
y = torch.tensor([1.0, 2.0])
z = torch.tensor([1, 2], dtype=torch.float16)
print(x.dtype, y.dtype, z.dtype)
#> torch.int64 torch.float32 torch.float16

print(x.to(torch.float64))
#> tensor([1., 2., 3.], dtype=torch.float64)
print(x / 2)
#> tensor([0.5000, 1.0000, 1.5000])
print(x.device)
#> cpu
print(torch.device("cuda", 0))
#> cuda:0

device = "cuda" if torch.cuda.is_available() else "cpu"
w = x.to(device)
print(w.sum().item())
#> 6
