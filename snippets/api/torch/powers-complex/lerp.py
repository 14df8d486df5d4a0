import torch

start = torch.tensor([0.0, 10.0, -4.0])
end = torch.tensor([10.0, 20.0, 4.0])
print(torch.lerp(start, end, 0.25))
#> tensor([ 2.5000, 12.5000, -2.0000])
print(start + 0.25 * (end - start))
#> tensor([ 2.5000, 12.5000, -2.0000])

weight = torch.tensor([0.0, 0.5, 1.5])
print(torch.lerp(start, end, weight))
#> tensor([ 0., 15.,  8.])
