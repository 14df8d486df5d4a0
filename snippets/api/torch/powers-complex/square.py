import torch

x = torch.tensor([-3, 4, 100])
print(torch.square(x), torch.square(x).dtype)
#> tensor([    9,    16, 10000]) torch.int64
print(torch.equal(torch.square(x), x * x))
#> True
print(torch.square(torch.tensor([1.5])).item(), 1.5 * 1.5)
#> 2.25 2.25
print(torch.square(torch.tensor([200], dtype=torch.int16)))
#> tensor([-25536], dtype=torch.int16)
b = torch.square(torch.tensor([True, False]))
print(b, b.dtype)
#> tensor([1, 0]) torch.int64
