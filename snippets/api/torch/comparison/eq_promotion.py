import torch

x = torch.tensor([0.1])
print(torch.eq(x, 0.1), torch.eq(x, torch.tensor([0.1], dtype=torch.float64)))
#> tensor([True]) tensor([False])

big = torch.tensor([16777217])
f32 = torch.tensor([16777216.0])
print(torch.result_type(big, f32), torch.eq(big, f32))
#> torch.float32 tensor([True])
print(torch.eq(big, f32.double()))
#> tensor([False])
